// The phone WeChat confirmed (Me.phone, from account.bindPhone) prefills the forms that ask for the
// parent's phone; it stays an ordinary, editable field.
import type { Me } from '../../domain/api/contract';
import { emptyRegistration } from '../../src/packages/registration/form/draft';
import { newBirthApplication } from '../../src/packages/birth/form/draft';

const me: Me = { userId: 'u', verified: true, name: '王芳', idNumber: '533123199504121224', roles: [], family: [], phone: '13912345678' };

test('生育登记: the applicant’s phone comes prefilled', () => {
  expect(emptyRegistration(me).applicant).toMatchObject({ name: '王芳', phone: '13912345678' });
  expect(emptyRegistration({ ...me, phone: undefined }).applicant.phone).toBe('');
});

test('出生一件事: prefilled too, unless the 生育登记 already gave a phone', () => {
  expect(newBirthApplication(me, {} as never, {}).applicant.phone).toBe('13912345678');
  expect(newBirthApplication(me, { applicant: { phone: '13800138111' } } as never, {}).applicant.phone).toBe('13800138111');
});
