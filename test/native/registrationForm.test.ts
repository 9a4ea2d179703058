// The compiled 生育登记 form (dist/packages/registration/form/index) for a signed-in, verified
// applicant who has an untouched draft on the device.
import { checkDigitOf } from '@domain/identity/idNumber';
import type { RegistrationInput } from '@domain/registration/types';
import {
  all,
  answerApi,
  apiCalls,
  attr,
  byClass,
  fieldByLabel,
  fieldError,
  findByText,
  input,
  loadPage,
  pickerChange,
  renderPage,
  requests,
  resetWx,
  seedSession,
  storage,
  tap,
  unmountAll,
  waitFor,
  wx,
} from './harness';

const ID_NUMBER = `53312319900101002${checkDigitOf('53312319900101002')}`; // 盈江, 1990-01-01, female

const person = { name: '', idNumber: '', ethnicity: '', phone: '', hukouTownship: '', hukouAddress: '' };
const draftInput = {
  applicant: { ...person, name: '张丽', idNumber: ID_NUMBER },
  spouse: person,
  marriageDate: '',
  existingChildren: [],
  stage: 'pregnant',
  dueDate: '',
  birthDate: '',
  township: '',
} as unknown as RegistrationInput;

const me = { userId: 'u1', verified: true, name: '张丽', idNumber: ID_NUMBER, idNumberMasked: '5331**********0022', roles: [], family: [] };

let id: string;

beforeAll(async () => {
  storage.clear();
  seedSession('u1');
  storage.set(
    'yj.drafts',
    JSON.stringify({ state: { registration: { userId: 'u1', input: draftInput, step: 0, idempotencyKey: 'k' } }, version: 0 }),
  );
  id = await loadPage('packages/registration/form/index');
});

beforeEach(() => {
  answerApi({ 'account.me': me, 'account.myCases': [] });
});

afterEach(() => {
  unmountAll();
  resetWx();
});

const field = fieldByLabel;

const draftInStorage = () => JSON.parse(String(storage.get('yj.drafts'))).state.registration;

test('opens on step 1 (申请人) with the identity from the real-name check', async () => {
  const page = await renderPage(id);
  expect(byClass(page.root, 'step-bar-count')[0].textContent).toBe('1 / 5');
  expect(byClass(page.root, 'step-bar-title')[0].textContent).toBe('申请人');
  expect(findByText(page.root, '张丽')).toBeTruthy();
  expect(page.text()).toContain('5331**********0022（来自实名认证）');
  expect(page.text()).not.toContain(ID_NUMBER); // the full number is never shown
  // the page refreshed the signed-in person with the stored session token
  // …and looked for a registration in force (none: the form opens).
  await waitFor(() =>
    expect(
      apiCalls('account')
        .map((c) => c.action)
        .sort(),
    ).toEqual(['me', 'myCases']),
  );
  expect(requests[0]).toMatchObject({
    method: 'POST',
    url: expect.stringMatching(/\/api\/account$/),
    header: { Authorization: 'Bearer t' },
  });
});

test('下一步 with the fields empty shows each field error and stays on step 1', async () => {
  const page = await renderPage(id);
  expect(byClass(page.root, 'field-error')).toHaveLength(0);
  await tap(findByText(page.root, '下一步'));
  await waitFor(() => expect(byClass(page.root, 'field-error').length).toBeGreaterThan(0));
  expect(fieldError(page, '申请人民族')).toContain('申请人民族');
  expect(fieldError(page, '申请人手机号码')).toContain('手机号码');
  expect(fieldError(page, '申请人户籍乡镇')).toContain('申请人户籍乡镇');
  expect(fieldError(page, '申请人户籍地址')).toContain('申请人户籍地址');
  expect(byClass(page.root, 'step-bar-count')[0].textContent).toBe('1 / 5');
  // the first error is also said in a toast
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: fieldError(page, '申请人民族'), icon: 'none' }));
  expect(wx.pageScrollTo).not.toHaveBeenCalled();
});

test('filling step 1 saves the draft on the device and 下一步 moves to 配偶', async () => {
  const page = await renderPage(id);
  const before = storage.get('yj.drafts');

  await input(all(field(page, '申请人手机号码'), 'input')[0], '13800001111');
  await waitFor(() => expect(draftInStorage().input.applicant.phone).toBe('13800001111'));
  expect(storage.get('yj.drafts')).not.toBe(before);
  expect(wx.setStorageSync).toHaveBeenCalledWith('yj.drafts', expect.stringContaining('13800001111'));
  // the controlled input shows what was typed
  expect(attr(all(field(page, '申请人手机号码'), 'input')[0], 'value')).toBe('13800001111');

  await input(all(field(page, '申请人户籍地址'), 'input')[0], '平原镇某某村一组');

  const ethnicity = all(field(page, '申请人民族'), 'picker')[0];
  const ethnicities = attr(ethnicity, 'range') as string[];
  await pickerChange(ethnicity, ethnicities.indexOf('傣族'));
  await waitFor(() => expect(byClass(field(page, '申请人民族'), 'field-picker')[0].textContent).toBe('傣族'));

  const township = all(field(page, '申请人户籍乡镇'), 'picker')[0];
  await pickerChange(township, (attr(township, 'range') as string[]).indexOf('平原镇'));

  await waitFor(() =>
    expect(draftInStorage()).toEqual({
      userId: 'u1',
      step: 0,
      idempotencyKey: 'k',
      input: expect.objectContaining({
        applicant: {
          name: '张丽',
          idNumber: ID_NUMBER,
          ethnicity: 'dai',
          phone: '13800001111',
          hukouTownship: 'pingyuan',
          hukouAddress: '平原镇某某村一组',
        },
      }),
    }),
  );

  await tap(findByText(page.root, '下一步'));
  await waitFor(() => expect(byClass(page.root, 'step-bar-count')[0].textContent).toBe('2 / 5'));
  expect(byClass(page.root, 'step-bar-title')[0].textContent).toBe('配偶');
  expect(byClass(page.root, 'field-error')).toHaveLength(0);
  expect(wx.showToast).not.toHaveBeenCalled();
  expect(wx.pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ scrollTop: 0 }));
  await waitFor(() => expect(draftInStorage().step).toBe(1));
  // step 2 asks for the spouse's own name and number
  expect(field(page, '配偶姓名')).toBeTruthy();
  expect(field(page, '配偶公民身份号码')).toBeTruthy();
});

test('?id= opens the same page as a correction of a stored registration', async () => {
  const stored = {
    ...draftInput,
    applicant: { ...draftInput.applicant, ethnicity: 'dai', phone: '13800002222', hukouTownship: 'pingyuan', hukouAddress: '平原镇一组' },
  };
  const draftBefore = storage.get('yj.drafts');
  answerApi({ 'account.me': me, 'registration.editable': stored });
  const page = await renderPage(id, { id: 'r1' });
  await waitFor(() => expect(page.text()).toContain('更正我的生育登记'));
  expect(apiCalls('registration')).toEqual([{ action: 'editable', input: { id: 'r1' } }]);
  await waitFor(() => expect(byClass(field(page, '申请人民族'), 'field-picker')[0].textContent).toBe('傣族'));
  expect(attr(all(field(page, '申请人手机号码'), 'input')[0], 'value')).toBe('13800002222');
  expect(page.text()).not.toContain('填写内容会自动保存在本机'); // a correction is not a device draft
  expect(storage.get('yj.drafts')).toBe(draftBefore);
});
