// The compiled 出生一件事 form (dist/packages/birth/form/index) for a signed-in, verified parent
// with no draft on the device, opened from the eligibility page with the birth date and hospital.
import { FATHER_ID, MOTHER_ID } from '../fixtures/people';
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
  renderPage,
  resetWx,
  seedSession,
  storage,
  tap,
  unmountAll,
  waitFor,
  wx,
  type RenderedPage,
} from './harness';

const me = {
  userId: 'u1',
  verified: true,
  name: '岳小芳',
  idNumber: MOTHER_ID,
  idNumberMasked: '5331**********1228',
  sex: 'F',
  roles: [],
  family: [],
};
const prefill = {
  applicant: { ethnicity: 'dai', phone: '13800001111', hukouTownship: 'pingyuan', hukouAddress: '平原镇某某村一组' },
  otherParent: {
    name: '排勒干',
    idNumber: FATHER_ID,
    ethnicity: 'jingpo',
    phone: '13800002222',
    hukouTownship: 'pingyuan',
    hukouAddress: '平原镇某某村一组',
  },
};
const QUERY = { birthDate: '2026-11-18', hospitalId: 'yj-people' };

let id: string;

beforeAll(async () => {
  storage.clear(); // no 'yj.drafts': a new application
  seedSession('u1');
  id = await loadPage('packages/birth/form/index');
});

beforeEach(() => {
  answerApi({ 'account.me': me, 'birth.prefill': prefill });
});

afterEach(() => {
  unmountAll();
  resetWx();
});

const field = fieldByLabel;

const picker = (page: RenderedPage, label: string) => all(field(page, label), 'picker')[0];
const shown = (page: RenderedPage, label: string) => byClass(field(page, label), 'field-picker')[0].textContent;
const birthDraft = () => JSON.parse(String(storage.get('yj.drafts'))).state.birth;

/** Renders the page and waits until the application (from the prefill, or the draft) is on screen. */
async function open(): Promise<RenderedPage> {
  const page = await renderPage(id, QUERY);
  await waitFor(() => field(page, '孩子姓名'));
  return page;
}

test('opens on step 1 (孩子) with the birth date and hospital from the query', async () => {
  const page = await open();
  expect(byClass(page.root, 'step-bar-count')[0].textContent).toBe('1 / 5');
  expect(byClass(page.root, 'step-bar-title')[0].textContent).toBe('孩子');
  // the application was built from the signed-in parent and what the system knows
  expect(apiCalls('account')).toContainEqual({ action: 'me', input: {} });
  expect(apiCalls('birth')).toEqual([{ action: 'prefill', input: {} }]);

  // the date picker: the value the page gave the native <picker mode="date">, and the text shown
  const date = picker(page, '出生日期');
  expect(attr(date, 'mode')).toBe('date');
  expect(attr(date, 'value')).toBe('2026-11-18');
  expect(shown(page, '出生日期')).toBe('2026-11-18');

  // the hospital picker: a selector whose value is the index of 盈江县人民医院 in its range
  const hospital = picker(page, '出生医院');
  expect(attr(hospital, 'mode')).toBe('selector');
  const hospitals = attr(hospital, 'range') as string[];
  expect(hospitals[Number(attr(hospital, 'value'))]).toBe('盈江县人民医院');
  expect(shown(page, '出生医院')).toBe('盈江县人民医院');

  // still unanswered pickers show their placeholder
  expect(shown(page, '出生时间')).toBe('请选择出生时间');
});

test("the child's 民族 can only be one of the parents' (傣族, 景颇族)", async () => {
  const page = await open();
  const ethnicity = picker(page, '孩子的民族');
  expect(attr(ethnicity, 'range')).toEqual(['傣族', '景颇族']);
  expect(shown(page, '孩子的民族')).toBe('请选择孩子的民族');
});

test('下一步 with the name empty shows the 孩子姓名 error and stays on step 1', async () => {
  const page = await open();
  expect(attr(all(field(page, '孩子姓名'), 'input')[0], 'value')).toBe('');
  expect(byClass(page.root, 'field-error')).toHaveLength(0);
  await tap(findByText(page.root, '下一步'));
  await waitFor(() => expect(fieldError(page, '孩子姓名')).not.toBeNull());
  expect(fieldError(page, '孩子姓名')).toContain('孩子姓名');
  expect(fieldError(page, '孩子姓名')).toMatch(/[\u4e00-\u9fff]/);
  // the date and hospital from the query are valid: no error under them
  expect(fieldError(page, '出生日期')).toBeNull();
  expect(fieldError(page, '出生医院')).toBeNull();
  expect(byClass(page.root, 'step-bar-count')[0].textContent).toBe('1 / 5');
  expect(byClass(page.root, 'step-bar-title')[0].textContent).toBe('孩子');
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ icon: 'none', title: expect.stringContaining('孩子姓名') }));
  expect(wx.pageScrollTo).not.toHaveBeenCalled();
});

test('typing the name saves the birth draft on the device', async () => {
  const page = await open();
  await input(all(field(page, '孩子姓名'), 'input')[0], '岳小宝');
  await waitFor(() => expect(birthDraft().input.child.name).toBe('岳小宝'));
  expect(wx.setStorageSync).toHaveBeenCalledWith('yj.drafts', expect.stringContaining('岳小宝'));
  expect(attr(all(field(page, '孩子姓名'), 'input')[0], 'value')).toBe('岳小宝');
  expect(birthDraft()).toEqual({
    userId: 'u1',
    step: 0,
    idempotencyKey: expect.any(String),
    input: expect.objectContaining({
      applicant: expect.objectContaining({ name: '岳小芳', idNumber: MOTHER_ID, ethnicity: 'dai' }),
      otherParent: expect.objectContaining({ name: '排勒干', idNumber: FATHER_ID, ethnicity: 'jingpo' }),
      child: expect.objectContaining({ name: '岳小宝', birthDate: '2026-11-18', hospitalId: 'yj-people', ethnicity: '' }),
    }),
  });
});
