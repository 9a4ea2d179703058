// Finding: grantRole accepted a scope naming no institution. Now a nursery operator's scope must be
// a filed institution, and no other role takes a scope.
import { SCOPE_NO_INSTITUTION, SCOPE_NOT_USED } from '../../cloud/handlers/account/roles';
import { createHarness, type Harness } from '../api/harness';
import { verifiedUser } from '../api/people';

let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await createHarness();
  admin = (await h.login('admin')).token;
});
afterAll(() => h.close());

test('a scope naming no institution is refused, naming the field; nothing is granted', async () => {
  const person = await verifiedUser(h);
  const res = await h.call(admin, 'account', 'grantRole', {
    idNumber: person.person.idNumber,
    role: 'nursery_operator',
    scope: 'no-such-institution',
  });
  expect(res).toEqual({
    ok: false,
    error: { code: 'INVALID_INPUT', message: SCOPE_NO_INSTITUTION, fields: { scope: SCOPE_NO_INSTITUTION } },
  });
  expect(
    await h.db
      .selectFrom('staff_roles')
      .select('role')
      .where('user_id', '=', (await h.ok(person.token, 'account', 'me')).userId)
      .execute(),
  ).toEqual([]);
});

test('a real institution is accepted; a scope on a role that takes none is refused', async () => {
  const person = await verifiedUser(h);
  const institution = await h.db.selectFrom('nursery_institutions').select('id').executeTakeFirstOrThrow();
  const granted = await h.ok(admin, 'account', 'grantRole', {
    idNumber: person.person.idNumber,
    role: 'nursery_operator',
    scope: institution.id,
  });
  expect(granted.roles).toEqual([{ role: 'nursery_operator', scope: institution.id }]);
  expect(
    await h.call(admin, 'account', 'grantRole', { idNumber: person.person.idNumber, role: 'clinic', scope: institution.id }),
  ).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { scope: SCOPE_NOT_USED } },
  });
});
