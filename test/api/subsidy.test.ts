// Subsidies from the parent's side: the facts the server derives, applying (once, per family, with or
// without the child's papers, renewing with the last account), who may see what, bad input, and
// account numbers never at rest in clear.
import { evaluateChild } from '../../domain/subsidy/engine';
import type { ChildSubsidies, SubsidyApplicationView } from '../../domain/subsidy/types';
import { addWorkingDays } from '../../domain/subsidy/workingDays';
import { checkDigitOf } from '../../domain/identity/idNumber';
import { createSession } from '../../cloud/db/repos/sessions';
import { DEMO_PEOPLE } from '../../scripts/seed';
import { SUBSIDY_DEMO_CHILD } from '../../scripts/seed/subsidies';
import { createHarness, NOW, TODAY, type Harness } from './harness';
import { father, mother, newKey, registrationInput, verifiedUser } from './people';
import { joinedOtherParent } from './birthPeople';
import {
  applied,
  BANK_CARD,
  bundleFamily,
  HUKOU_REGISTERED_ON,
  papersFamily,
  papersFor,
  SECOND_CHILD_BIRTH_DATE,
  uploadHukouBook,
  type SubsidyFamily,
} from './subsidyFamilies';

const INSURANCE = 'county-insurance-yearly';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterEach(() => h.clock.set(NOW));
afterAll(async () => {
  await h.close();
});

const overviewOf = (token: string) => h.ok(token, 'subsidy', 'overview');
const childOf = async (fam: { token: string; childId: string }) => (await overviewOf(fam.token)).find((o) => o.child.id === fam.childId)!;
// Without a policy named, the 参保补贴 (paid against a policy bought) is not claimed.
const claimable = (facts: ChildSubsidies['facts'], today = TODAY) =>
  evaluateChild(facts, today)
    .entitlements.filter((e) => e.state === 'claimable' && e.ruleId !== INSURANCE)
    .map(({ ruleId, ruleName, periodKey, periodLabel, from, to, months, amountFen }) => ({
      ruleId,
      ruleName,
      periodKey,
      periodLabel,
      from,
      to,
      ...(months !== undefined ? { months } : {}),
      amountFen,
    }));

describe('the demo subsidy family', () => {
  test('a first child and a 2025 second child with a completed 出生一件事, nothing applied yet', async () => {
    const { token } = await h.login('subsidy_parent');
    const overview = await overviewOf(token);
    expect(overview.map((o) => o.child.name)).toEqual(['演示段小雨', SUBSIDY_DEMO_CHILD.name]);
    const second = overview[1]!;
    expect(second).toMatchObject({
      child: { birthDate: '2025-05-12' },
      facts: { birthDate: '2025-05-12', birthOrder: 2, hukou: [{ place: 'yingjiang', from: '2025-05-19' }] },
      papersNeeded: false,
      canApply: true,
      applications: [],
    });
    expect(second.applicantName).toBeUndefined();
    const ruleIds = claimable(second.facts).map((l) => l.ruleId);
    expect(ruleIds).toEqual(expect.arrayContaining(['county-birth-once', 'national-childcare']));
    expect(claimable(second.facts).find((l) => l.ruleId === 'county-birth-once')!.amountFen).toBe(200000);
    // The first child (2021) is known from the registration only: no papers in the system.
    expect(overview[0]!.papersNeeded).toBe(true);
    expect(DEMO_PEOPLE.subsidy_parent.name).toMatch(/^演示/);
  });

  test('home lists each claimable payment as a subsidy item due by its apply-by date', async () => {
    const { token } = await h.login('subsidy_parent');
    const items = (await h.ok(token, 'account', 'dueNext')).filter((i: { kind: string }) => i.kind === 'subsidy');
    const second = (await overviewOf(token))[1]!;
    const owed = evaluateChild(second.facts, TODAY).entitlements.filter((e) => e.state === 'claimable');
    expect(items.map((i: { key: string }) => i.key).sort()).toEqual(
      owed.map((e) => `subsidy:${second.child.id}:${e.ruleId}:${e.periodKey}`).sort(),
    );
    expect(items[0]).toMatchObject({ dateKind: 'by', link: '/packages/subsidy/index/index', childName: SUBSIDY_DEMO_CHILD.name });
  });
});

describe('apply', () => {
  let fam: SubsidyFamily;
  let view: SubsidyApplicationView;
  let facts: ChildSubsidies['facts'];

  beforeAll(async () => {
    fam = await bundleFamily(h);
    facts = (await childOf(fam)).facts;
    view = await applied(h, fam);
  });

  test('the facts come from the registration (孩次) and the police (hukou)', () => {
    expect(facts).toEqual({
      birthDate: SECOND_CHILD_BIRTH_DATE,
      birthOrder: 2,
      hukou: [{ place: 'yingjiang', from: HUKOU_REGISTERED_ON }],
    });
  });

  test('claims exactly what evaluateChild(overview facts, today) finds claimable: the same answer on both sides', () => {
    expect(view.lines).toEqual(claimable(facts));
    expect(view.lines.length).toBeGreaterThanOrEqual(3);
    expect(view.totalFen).toBe(view.lines.reduce((s, l) => s + l.amountFen, 0));
    expect(view).toMatchObject({
      number: expect.stringMatching(/^BT5331232026\d{6}$/),
      childId: fam.childId,
      childName: '测试二宝',
      applicantName: fam.mother.name,
      status: 'submitted',
      statusText: '已提交',
      reviewDueBy: addWorkingDays(TODAY, 30),
      account: { kind: 'bank_card', holder: 'applicant', holderName: fam.mother.name, bankName: '中国农业银行', last4: '8901' },
      events: [{ status: 'submitted' }],
    });
    expect(JSON.stringify(view)).not.toContain(BANK_CARD.accountNumber);
  });

  test('a 办件, an inbox message; get and overview show it', async () => {
    const cases = await h.ok(fam.token, 'account', 'myCases');
    expect(cases).toContainEqual(
      expect.objectContaining({
        kind: 'subsidy',
        refId: view.id,
        status: 'submitted',
        statusText: '已提交',
        link: `/packages/subsidy/application/index?id=${view.id}`,
      }),
    );
    // (The harness clock stands still: every message has the same time, so it is found by its title.)
    const message = (await h.ok(fam.token, 'account', 'inbox')).find((m: { title: string }) => m.title === '补贴申请已提交')!;
    expect(message).toMatchObject({ link: `/packages/subsidy/application/index?id=${view.id}` });
    expect(message.body).toContain(view.number);
    expect(message.body).toContain('尾号8901');
    expect(await h.ok(fam.token, 'subsidy', 'get', { id: view.id })).toEqual(view);
    const child = await childOf(fam);
    expect(child).toMatchObject({ applicantName: fam.mother.name, canApply: true, previousAccount: view.account, applications: [view] });
    // Only the 参保补贴 is left (it waits for a policy to be named): home lists just that.
    const due = await h.ok(fam.token, 'account', 'dueNext');
    const left = due.filter((i) => i.kind === 'subsidy' && i.childId === fam.childId);
    expect(left.map((i: { title: string }) => i.title)).toEqual([
      '申领意外伤害险参保补贴（2025年度）',
      '申领意外伤害险参保补贴（2026年度）',
    ]);
  });

  test('the claim leaves an audit entry: who, for what, to which account (last 4 only)', async () => {
    const rows = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'subsidy.apply')
      .where('target_id', '=', view.id)
      .execute();
    expect(rows).toHaveLength(1);
    const me = await h.ok(fam.token, 'account', 'me');
    expect(rows[0]).toMatchObject({ actor_user_id: me.userId, actor_role: 'parent', target_type: 'subsidy_application' });
    expect(JSON.parse(rows[0]!.detail_json)).toEqual({
      number: view.number,
      lines: view.lines.length,
      totalFen: view.totalFen,
      accountLast4: '8901',
      papers: false,
    });
    expect(rows[0]!.detail_json).not.toContain(BANK_CARD.accountNumber);
  });

  test('double apply: the same key gives the same answer and one record; another key is refused, nothing claimable', async () => {
    const other = await bundleFamily(h, { childName: '测试双击' });
    const key = newKey();
    const input = { childId: other.childId, account: BANK_CARD };
    const first = await h.ok(other.token, 'subsidy', 'apply', input, key);
    expect(await h.ok(other.token, 'subsidy', 'apply', input, key)).toEqual(first);
    const again = await h.call(other.token, 'subsidy', 'apply', input, newKey());
    // What is left is the 参保补贴, which needs the policy bought.
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { insurance: expect.stringContaining('测试双击目前可申领的是意外伤害险参保补贴') } },
    });
    const rows = await h.db.selectFrom('subsidy_applications').select('id').where('child_id', '=', other.childId).execute();
    expect(rows).toHaveLength(1);
    expect(await h.call(other.token, 'subsidy', 'apply', input)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { idempotencyKey: expect.any(String) } },
    });
  });

  let fatherToken: string;
  test('one applicant per family: the other parent is refused with a message naming the applicant', async () => {
    const { token } = await joinedOtherParent(h, { otherParent: fam.father, view: { id: fam.caseId } });
    fatherToken = token;
    const child = (await overviewOf(token)).find((o) => o.child.id === fam.childId)!;
    expect(child).toMatchObject({ canApply: false, applicantName: fam.mother.name });
    const refused = await h.call(token, 'subsidy', 'apply', { childId: fam.childId, account: BANK_CARD }, newKey());
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining(`您家的补贴已由${fam.mother.name}申领`) },
    });
    // The other parent of the family may read the application.
    expect((await h.ok(token, 'subsidy', 'get', { id: view.id })).id).toBe(view.id);
  });

  test("one applicant for ALL the family's children: the father is refused for the other child too, before anything else is checked", async () => {
    const token = fatherToken;
    const other = (await overviewOf(token)).find((o) => o.child.id !== fam.childId)!;
    expect(other).toMatchObject({ canApply: false, applicantName: fam.mother.name });
    const refused = await h.call(token, 'subsidy', 'apply', { childId: other.child.id, account: BANK_CARD }, newKey());
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: `您家的补贴已由${fam.mother.name}申领：每个家庭由一位家长为所有孩子申领，${other.child.name}的补贴也请由${fam.mother.name}办理`,
      },
    });
  });

  test('renewal next year reuses the last account with one tap', async () => {
    const me = await h.ok(fam.token, 'account', 'me');
    h.clock.set(new Date('2027-01-04T02:00:00Z'));
    const token = await createSession(h.db, me.userId, h.clock.now());
    const renewal = await h.ok(token, 'subsidy', 'apply', { childId: fam.childId, account: { kind: 'previous' } }, newKey());
    expect(renewal.account).toEqual(view.account);
    expect(renewal.lines.map((l) => l.periodKey)).toEqual(expect.arrayContaining(['2027']));
    expect(renewal.lines.every((l) => l.periodKey === '2027')).toBe(true);
    expect(renewal.number).toMatch(/^BT5331232027\d{6}$/);
  });

  test('without an earlier application there is no previous account', async () => {
    const fresh = await bundleFamily(h, { childName: '测试新户' });
    expect(
      await h.call(fresh.token, 'subsidy', 'apply', { childId: fresh.childId, account: { kind: 'previous' } }, newKey()),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { account: expect.stringContaining('没有可沿用的收款账户') } },
    });
  });
});

// 盈发〔2023〕8号 二（四）1: 「对新出生并户口登记在云南省盈江县的婴幼儿购买意外伤害险给予每人每年50元参保补贴」:
// a subsidy towards a policy bought, so it is paid against the policy the parent names, for the years it covers.
describe('参保补贴: against the accident-insurance policy bought', () => {
  const POLICY = {
    insurer: '中国人寿保险股份有限公司德宏分公司',
    policyNumber: 'PYJ2026-5331230001',
    from: '2026-01-05',
    to: '2027-01-04',
  };

  test('bad policies are refused field by field, in Chinese; a policy covering no open year is refused', async () => {
    const fam = await bundleFamily(h, { childName: '测试保单' });
    const apply = (insurance: unknown) =>
      h.callRaw(fam.token, 'subsidy', 'apply', { childId: fam.childId, account: BANK_CARD, insurance }, newKey());
    const fields = async (insurance: unknown) => ((await apply(insurance)) as any).error.fields;
    expect(await fields({ ...POLICY, insurer: '' })).toMatchObject({ 'insurance.insurer': '请填写保险公司' });
    expect(await fields({ ...POLICY, policyNumber: '12' })).toMatchObject({
      'insurance.policyNumber': expect.stringContaining('保单号应为6—40位'),
    });
    expect(await fields({ ...POLICY, from: '2026-12-01', to: '2027-11-30' })).toMatchObject({
      'insurance.from': '保险起期不能晚于今天：请填写已购买的保单',
    });
    expect(await fields({ ...POLICY, to: '2025-12-31' })).toMatchObject({ 'insurance.to': '保险止期不能早于保险起期' });
    expect(await fields({ ...POLICY, to: '2028-01-04' })).toMatchObject({ 'insurance.to': '保险期间不能超过12个月，请按保单填写' });
    expect(await fields({ ...POLICY, from: '2024-01-01', to: '2024-12-31' })).toEqual({
      insurance: expect.stringContaining('保险期间与可申领的意外伤害险参保补贴年度不重合'),
    });
    expect(await h.db.selectFrom('subsidy_applications').select('id').where('child_id', '=', fam.childId).execute()).toHaveLength(0);
  });

  test('with the policy: the years it covers are claimed with the policy on the line; the others stay open', async () => {
    const fam = await bundleFamily(h, { childName: '测试参保' });
    const view = await h.ok(fam.token, 'subsidy', 'apply', { childId: fam.childId, account: BANK_CARD, insurance: POLICY }, newKey());
    const insured = view.lines.filter((l) => l.ruleId === INSURANCE);
    // The policy runs 2026-01-05 … 2027-01-04: it covers 2026 (and 2027, not open yet), not 2025.
    expect(insured).toEqual([expect.objectContaining({ periodKey: '2026', amountFen: 5000, policy: POLICY })]);
    expect(view.lines.filter((l) => l.ruleId !== INSURANCE).every((l) => l.policy === undefined)).toBe(true);
    const due = await h.ok(fam.token, 'account', 'dueNext');
    expect(due.filter((i) => i.kind === 'subsidy' && i.childId === fam.childId).map((i: { title: string }) => i.title)).toEqual([
      '申领意外伤害险参保补贴（2025年度）',
    ]);
  });
});

describe('papers: when the system does not hold them', () => {
  // 孩次 without a 生育登记 follows the registration rule (docs/policy/child-order.md): 《人口与计划生育法》
  // 第十八条「一对夫妻可以生育三个子女」— an adopted child the family declared does not count, though the
  // children table holds it.
  test('孩次 of a child known only from the registration list: an adopted elder child on record does not count', async () => {
    const m = mother();
    const { token } = await verifiedUser(h, m);
    const daughter = { name: '测试小女', birthDate: '2024-04-04', sex: 'F' as const, relation: 'this-marriage' as const, deceased: false };
    const adopted = { name: '测试养子', birthDate: '2021-01-01', sex: 'M' as const, relation: 'adopted' as const, deceased: false };
    await h.ok(token, 'registration', 'submit', registrationInput(m, father(), { existingChildren: [adopted, daughter] }), newKey());
    // The family's children on record include the adopted son (the registration keeps every child it lists).
    const names = (await overviewOf(token)).map((o) => o.child.name);
    expect(names).toEqual(expect.arrayContaining([adopted.name, daughter.name]));
    const facts = (await overviewOf(token)).find((o) => o.child.name === daughter.name)!.facts;
    expect(facts.birthOrder).toBe(1);
  });

  test('asked for, checked against the child, stored encrypted on the child', async () => {
    const fam = await papersFamily(h);
    const before = (await overviewOf(fam.token)).find((o) => o.child.id === fam.childId)!;
    expect(before).toMatchObject({ papersNeeded: true, facts: { birthOrder: 2, hukou: [] } });
    const apply = (papers: unknown) =>
      h.callRaw(fam.token, 'subsidy', 'apply', { childId: fam.childId, account: BANK_CARD, ...(papers ? { papers } : {}) }, newKey());
    const fieldOf = async (papers: unknown, field: string) => ((await apply(papers)) as any).error.fields[field];

    expect(await fieldOf(undefined, 'papers')).toContain('请填写孩子的公民身份号码');
    const good = await papersFor(h, fam);
    const wrongCheck = good.idNumber.slice(0, 17) + (good.idNumber[17] === '1' ? '2' : '1');
    expect(await fieldOf({ ...good, idNumber: wrongCheck }, 'papers.idNumber')).toContain('孩子的公民身份号码');
    const otherDate = (await papersFor(h, { ...fam, child: { ...fam.child, birthDate: '2024-01-05' } })).idNumber;
    expect(await fieldOf({ ...good, idNumber: otherDate }, 'papers.idNumber')).toContain('出生日期');
    const male = good.idNumber.slice(0, 16) + '1';
    expect(await fieldOf({ ...good, idNumber: male + checkDigitOf(male) }, 'papers.idNumber')).toContain('性别');
    // Another child's number: a child of another family born the same day already has it.
    const twinDay = await papersFamily(h, { birthDate: fam.child.birthDate });
    const taken = await papersFor(h, twinDay);
    await h.ok(twinDay.token, 'subsidy', 'apply', { childId: twinDay.childId, account: BANK_CARD, papers: taken }, newKey());
    expect(await fieldOf({ ...good, idNumber: taken.idNumber }, 'papers.idNumber')).toBe('该孩子的公民身份号码已登记给其他孩子，请核对');
    // Someone else's upload.
    const stranger = await verifiedUser(h);
    const foreignFile = await uploadHukouBook(h, stranger.token);
    expect(await fieldOf({ ...good, hukouBookFileId: foreignFile }, 'papers.hukouBookFileId')).toContain('户口簿照片');
    expect(await fieldOf({ ...good, hukouTownship: 'outside' }, 'papers.hukouTownship')).toBe('请选择孩子户籍所在乡镇');
    expect(await fieldOf({ ...good, birthCertificateNumber: '12345' }, 'papers.birthCertificateNumber')).toContain('出生医学证明编号');

    const view = await h.ok(fam.token, 'subsidy', 'apply', { childId: fam.childId, account: BANK_CARD, papers: good }, newKey());
    expect(view.status).toBe('submitted');
    const after = (await overviewOf(fam.token)).find((o) => o.child.id === fam.childId)!;
    expect(after).toMatchObject({ papersNeeded: false, facts: { hukou: [{ place: 'yingjiang', from: fam.child.birthDate }] } });
    expect(view.lines).toEqual(claimable(after.facts));
    const children = await h.ok(fam.token, 'account', 'children');
    expect(children.find((c: { id: string }) => c.id === fam.childId)!.idNumberMasked).toBe(
      `${good.idNumber.slice(0, 4)}**********${good.idNumber.slice(-4)}`,
    );
    const row = await h.db
      .selectFrom('children')
      .select(['id_number_enc', 'id_number_hash'])
      .where('id', '=', fam.childId)
      .executeTakeFirstOrThrow();
    expect(h.crypto.decrypt(row.id_number_enc!)).toBe(good.idNumber);
    expect(row.id_number_hash).toBe(h.crypto.hash(good.idNumber));
  });

  test('not asked when the system holds them', async () => {
    const fam = await bundleFamily(h, { childName: '测试有证' });
    const papers = {
      idNumber: fam.childIdNumber,
      birthCertificateNumber: 'Q530024680',
      hukouTownship: 'nongzhang' as const,
      hukouBookFileId: await uploadHukouBook(h, fam.token),
    };
    expect(await h.call(fam.token, 'subsidy', 'apply', { childId: fam.childId, account: BANK_CARD, papers }, newKey())).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { papers: '系统已有孩子的户口信息，无需再填写证件' } },
    });
  });
});

describe('who may see what', () => {
  test("another family's child and application are NOT_FOUND; its overview is not in mine", async () => {
    const fam = await bundleFamily(h, { childName: '测试别家' });
    const view = await applied(h, fam);
    const stranger = await verifiedUser(h);
    expect(await h.ok(stranger.token, 'subsidy', 'overview')).toEqual([]);
    expect(await h.call(stranger.token, 'subsidy', 'get', { id: view.id })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '未找到该补贴申请' },
    });
    expect(await h.call(stranger.token, 'subsidy', 'apply', { childId: fam.childId, account: BANK_CARD }, newKey())).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('只能为本家庭的孩子申领补贴') },
    });
    const demo = await h.login('subsidy_parent');
    expect((await overviewOf(demo.token)).some((o) => o.child.id === fam.childId)).toBe(false);
    expect(await h.call(demo.token, 'subsidy', 'get', { id: view.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  test('signed in and verified only', async () => {
    const unverified = await h.login();
    for (const [action, input] of [
      ['overview', {}],
      ['get', { id: 'x' }],
      ['apply', { childId: 'x', account: BANK_CARD }],
    ] as const) {
      expect(await h.call(undefined, 'subsidy', action, input, newKey())).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      expect(await h.call(unverified.token, 'subsidy', action, input, newKey())).toMatchObject({
        ok: false,
        error: { code: 'NOT_VERIFIED' },
      });
    }
  });
});

describe('bad input names the field in Chinese', () => {
  let fam: SubsidyFamily;
  beforeAll(async () => {
    fam = await bundleFamily(h, { childName: '测试输入' });
  });
  const fields = async (token: string, action: string, input: unknown) => {
    const res = await h.callRaw(token, 'subsidy', action, input, newKey());
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    return (res as any).error.fields as Record<string, string>;
  };

  test('overview and get', async () => {
    expect(await fields(fam.token, 'overview', { extra: 1 })).toEqual({ extra: '请求参数中有无法识别的字段“extra”' });
    expect(await fields(fam.token, 'get', {})).toEqual({ id: '请填写记录标识' });
  });

  test('apply', async () => {
    expect(await fields(fam.token, 'apply', {})).toMatchObject({ childId: '请选择申领补贴的孩子', account: '请选择收款账户' });
    expect(await fields(fam.token, 'apply', { childId: fam.childId, account: 'card' })).toEqual({ account: '收款账户格式不正确' });
    const account = (over: Record<string, unknown>) =>
      fields(fam.token, 'apply', { childId: fam.childId, account: { ...BANK_CARD, ...over } });
    expect(await account({ accountNumber: '1234 5678' })).toEqual({ 'account.accountNumber': '收款账号应为12至19位数字' });
    expect(await account({ accountNumber: '62284800123456789012' })).toEqual({ 'account.accountNumber': '收款账号应为12至19位数字' });
    expect(await account({ accountNumber: '' })).toEqual({ 'account.accountNumber': '请填写收款账号' });
    expect(await account({ bankName: ' ' })).toEqual({ 'account.bankName': '请填写开户银行' });
    expect(await account({ bankName: 'Bank#1' })).toEqual({ 'account.bankName': expect.stringContaining('开户银行') });
    expect(await account({ kind: 'cash' })).toEqual({ 'account.kind': '请选择账户类型' });
    expect(await account({ holder: 'grandma' })).toEqual({ 'account.holder': '请选择收款人' });
    expect(await fields(fam.token, 'apply', { childId: fam.childId, account: { kind: 'previous', bankName: 'x' } })).toEqual({
      'account.bankName': '收款账户中有无法识别的字段“bankName”',
    });
    expect(await fields(fam.token, 'apply', { childId: fam.childId, account: BANK_CARD, papers: 'none' })).toEqual({
      papers: '孩子的证件信息格式不正确',
    });
    expect(await fields(fam.token, 'apply', { childId: fam.childId, account: BANK_CARD, papers: {} })).toMatchObject({
      'papers.idNumber': expect.stringContaining('孩子的公民身份号码'),
      'papers.hukouBookFileId': '请上传户口簿照片',
    });
    // Spaces and dashes between digit groups are fine.
    const ok = await h.ok(
      fam.token,
      'subsidy',
      'apply',
      { childId: fam.childId, account: { ...BANK_CARD, accountNumber: '6228-4800 1234 5678 901' } },
      newKey(),
    );
    expect(ok.account.last4).toBe('8901');
  });
});

test('account numbers and typed ID numbers are never stored in clear', async () => {
  const fam = await papersFamily(h);
  const papers = await papersFor(h, fam);
  const secret = '6212262402009876543';
  await h.ok(fam.token, 'subsidy', 'apply', { childId: fam.childId, account: { ...BANK_CARD, accountNumber: secret }, papers }, newKey());
  const other = await bundleFamily(h, { childName: '测试密文' });
  await applied(h, other, {
    kind: 'social_security_card',
    holder: 'child',
    bankName: '云南省农村信用社',
    accountNumber: '6230521234567890',
  });
  const files = [await h.atRest()];
  // The search does find what is stored in clear (the bank's name, the last 4 digits' row).
  expect(files.some((bytes) => bytes.includes(Buffer.from('云南省农村信用社', 'utf8')))).toBe(true);
  for (const bytes of files) {
    for (const clear of [secret, '6230521234567890', papers.idNumber]) {
      expect(bytes.includes(Buffer.from(clear, 'utf8'))).toBe(false);
      expect(bytes.includes(Buffer.from(clear, 'utf16le'))).toBe(false);
    }
  }
  // ...while the application does hold it, sealed.
  const row = await h.db
    .selectFrom('subsidy_applications')
    .select(['account_number_enc', 'account_last4'])
    .where('child_id', '=', fam.childId)
    .executeTakeFirstOrThrow();
  expect(h.crypto.decrypt(row.account_number_enc)).toBe(secret);
  expect(row.account_last4).toBe('6543');
});
