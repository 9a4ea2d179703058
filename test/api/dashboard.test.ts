// The health bureau's 人口监测 through the gateway: who may read it, the figures a small known set
// of births adds (each birth once), turnaround, the yearly report and its CSV (no personal data,
// BOM, small counts suppressed), the audit log, and the start-up fill of the fact table.
import type { InputOf } from '../../domain/api/contract';
import type { BirthCaseView } from '../../domain/birth/views';
import type { Dashboard } from '../../domain/dashboard/types';
import { suppress } from '../../domain/dashboard/suppression';
import { fillMonitoringFacts } from '../../cloud/handlers/dashboard/birthFacts';
import { rebuildStepDurations } from '../../cloud/handlers/dashboard/stepDurations';
import { rebuildBirthCounts } from '../../cloud/db/repos/birthFacts';
import { DEMO_PEOPLE } from '../../scripts/seed';
import { birthInput, childIdNumber, clerks, results, type Clerks } from './birthPeople';
import { createHarness, NOW, type Harness } from './harness';
import { father, mother, newKey, registrationInput, verifiedUser, type Person } from './people';

let h: Harness;
let bureau: string;
let c: Clerks;
const people: Person[] = [];

const AUG = { from: '2026-08', to: '2026-08' };
const TOWNSHIP = 'tongbiguan' as const;
const REASON = '户主姓名与户口簿不一致，请核对后重新提交';

async function registered(overrides: Parameters<typeof registrationInput>[2], spouseEthnicity?: string) {
  const applicant = mother('测试铜壁关母亲');
  const spouse = father('测试铜壁关父亲');
  people.push(applicant, spouse);
  const { token } = await verifiedUser(h, applicant);
  const input = registrationInput(applicant, spouse, overrides);
  if (spouseEthnicity) input.spouse.ethnicity = spouseEthnicity;
  const view = await h.ok(token, 'registration', 'submit', input, newKey());
  return { token, applicant, spouse, input, view };
}

const dash = (input: InputOf<'dashboard', 'dashboard'>) => h.ok(bureau, 'dashboard', 'dashboard', input);
const audits = (action: string) => h.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();

let before: { county: Dashboard; township: Dashboard };
let caseWithoutRegistration: BirthCaseView;
let caseParent: string;

beforeAll(async () => {
  h = await createHarness();
  bureau = (await h.login('health_bureau')).token;
  c = await clerks(h);
  before = { county: await dash(AUG), township: await dash({ ...AUG, township: TOWNSHIP }) };

  // 1. A 补登 in 铜壁关乡: a second child, both parents 傣族.
  await registered({ stage: 'born', birthDate: '2026-08-10', dueDate: undefined, township: TOWNSHIP }, 'dai');
  // 2. A 补登, then its 出生一件事 (a girl): one birth, counted as the case.
  const second = await registered({ stage: 'born', birthDate: '2026-08-20', dueDate: undefined, township: TOWNSHIP });
  const linked = birthInput(second.applicant, second.spouse, {
    registrationId: second.view.id,
    household: {
      joins: 'otherParent',
      headName: second.spouse.name,
      headRelation: 'father',
      hukouTownship: TOWNSHIP,
      address: '铜壁关乡测试村2号',
    },
  });
  linked.child = { ...linked.child, name: '测试铜壁关女儿', sex: 'F', birthDate: '2026-08-20' };
  await h.ok(second.token, 'birth', 'submit', linked, newKey());
  // 3. A 出生一件事 without a registration (a boy): 孩次 unknown.
  const applicant = mother('测试铜壁关妈妈');
  const other = father('测试铜壁关爸爸');
  people.push(applicant, other);
  const { token } = await verifiedUser(h, applicant);
  const alone = birthInput(applicant, other, {
    household: {
      joins: 'otherParent',
      headName: other.name,
      headRelation: 'father',
      hukouTownship: TOWNSHIP,
      address: '铜壁关乡测试村3号',
    },
  });
  alone.child = { ...alone.child, name: '测试铜壁关儿子', birthDate: '2026-08-25' };
  caseWithoutRegistration = await h.ok(token, 'birth', 'submit', alone, newKey());
  caseParent = token;
  // 4. A pregnancy and 5. a cancelled 补登: no births.
  await registered({ township: TOWNSHIP });
  const cancelled = await registered({ stage: 'born', birthDate: '2026-08-12', dueDate: undefined, township: TOWNSHIP });
  await h.ok(cancelled.token, 'registration', 'cancel', { id: cancelled.view.id, reason: '登记有误' });
  // 6. A 补登 in 那邦镇: county-wide only.
  await registered({ stage: 'born', birthDate: '2026-08-15', dueDate: undefined, township: 'nabang' });

  // The case without a registration: the certificate accepted today and done two days later; the
  // police send the hukou step back once.
  const caseId = caseWithoutRegistration.id;
  await h.ok(c.birth_certificate, 'birth', 'acceptStep', { caseId, step: 'birth_certificate' });
  h.clock.set(new Date(NOW.getTime() + 2 * 86_400_000));
  await h.ok(c.birth_certificate, 'birth', 'completeStep', {
    caseId,
    step: 'birth_certificate',
    result: results(childIdNumber('2026-08-25')).birth_certificate,
  });
  await h.ok(c.hukou, 'birth', 'rejectStep', { caseId, step: 'hukou', reason: REASON });
  h.clock.set(NOW);
}, 60_000);

afterAll(async () => {
  await h.close();
});

describe('who may read it', () => {
  test('a clerk of another department and a parent are refused; signed out is asked to sign in', async () => {
    const refused = { ok: false, error: { code: 'FORBIDDEN', message: '仅卫生健康局工作人员可以查看人口监测数据' } };
    const parent = (await verifiedUser(h)).token;
    for (const token of [c.hukou, c.medical_insurance, parent]) {
      expect(await h.call(token, 'dashboard', 'dashboard', AUG)).toEqual(refused);
      expect(await h.call(token, 'dashboard', 'yearlyReport', { year: 2026, scope: 'county' })).toEqual(refused);
      expect(await h.call(token, 'dashboard', 'exportYearlyReport', { year: 2026, scope: 'police' })).toEqual(refused);
    }
    expect(await h.call(undefined, 'dashboard', 'dashboard', AUG)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  test('a bad query names the field in Chinese', async () => {
    expect(await h.call(bureau, 'dashboard', 'dashboard', { from: '2026-8', to: '2026-08' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { from: '起始月份格式不正确，应为“年-月”，如2026-01' } },
    });
    expect(await h.call(bureau, 'dashboard', 'yearlyReport', { year: 2030, scope: 'county' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { year: '报告年度不能晚于2026年' } },
    });
  });
});

describe('births', () => {
  test('one township: the three births of the set, each once, with 孩次, sex and 民族', async () => {
    const after = await dash({ ...AUG, township: TOWNSHIP });
    const b = after.births;
    const was = before.township.births;
    expect(after.query).toEqual({ ...AUG, township: TOWNSHIP });
    expect(b.total - was.total).toBe(3);
    expect(b.byTownship).toEqual([{ township: TOWNSHIP, count: was.byTownship[0]!.count + 3 }]);
    expect(b.byMonth).toEqual([{ month: '2026-08', count: was.total + 3 }]);
    expect(b.byOrder.second - was.byOrder.second).toBe(2); // the 补登 and the case built on its registration
    expect(b.byOrder.unknown - was.byOrder.unknown).toBe(1); // the case without one
    expect([b.sex.boys - was.sex.boys, b.sex.girls - was.sex.girls, b.sex.unknown - was.sex.unknown]).toEqual([1, 1, 1]);
    expect(b.sex.normalRange).toMatchObject({ low: 103, high: 107 });
    const count = (d: Dashboard, e: string) => d.births.byEthnicity.find((x) => x.ethnicity === e)?.count ?? 0;
    expect(count(after, 'dai') - count(before.township, 'dai')).toBe(1);
    expect(count(after, 'jingpo') - count(before.township, 'jingpo')).toBe(2); // the two children of the cases
  });

  test('county-wide: the 那邦镇 birth too; every township listed', async () => {
    const after = await dash(AUG);
    expect(after.births.total - before.county.births.total).toBe(4);
    expect(after.births.byTownship).toHaveLength(16);
    const nabang = (d: Dashboard) => d.births.byTownship.find((t) => t.township === 'nabang')!.count;
    expect(nabang(after) - nabang(before.county)).toBe(1);
    expect(after.reportDueBy).toBe('2026-12-01'); // today is 2026-11-28
  });
});

describe('出生一件事 turnaround', () => {
  test('done steps with their days, overdue steps, rejections with the reason', async () => {
    const d = await dash({ from: '2026-08', to: '2026-11', township: TOWNSHIP });
    const step = (key: string) => d.bundle.find((s) => s.step === key)!;
    expect(step('birth_certificate')).toMatchObject({ done: 1, medianDays: 2, p90Days: 2, rejections: 0, overdue: 0 });
    // Born 08-20 and 08-25: hukou (due a month later) and 医保 (90 days) are both past and not done.
    expect(step('hukou')).toMatchObject({
      done: 0,
      medianDays: null,
      overdue: 2,
      rejections: 1,
      topReasons: [{ reason: REASON, count: 1 }],
    });
    expect(step('medical_insurance').overdue).toBe(2);
    expect(step('vaccination')).toMatchObject({ done: 0, overdue: 0 });
  });
});

describe('subsidies and nurseries', () => {
  test('every rule listed; supply against 4.5 / 2.7 and 附件2', async () => {
    const d = await dash({ from: '2025-01', to: '2026-11' });
    expect(d.subsidies.byRule.map((r) => r.ruleId).length).toBeGreaterThanOrEqual(5);
    for (const r of d.subsidies.byRule) expect(r.approved).toBeLessThanOrEqual(r.claims);
    expect(d.nurseries.targets).toMatchObject({ per1000: 4.5, puhuiPer1000: 2.7 });
    expect(d.nurseries.yearly.map((y) => y.slots)).toEqual([880, 1172, 1317]);
    expect(d.nurseries.vacanciesByClass.map((v) => v.kind)).toEqual(['infant', 'toddler', 'senior', 'mixed']);
    const township = await dash({ from: '2025-01', to: '2026-11', township: 'pingyuan' });
    expect(township.nurseries.slots).toBeLessThanOrEqual(d.nurseries.slots);
    expect(township.nurseries.residents).toBeLessThan(d.nurseries.residents);
  });
});

describe('the yearly report', () => {
  test('rows for the printable page; a township below 5 is <5', async () => {
    const report = await h.ok(bureau, 'dashboard', 'yearlyReport', { year: 2026, scope: 'county' });
    expect(report).toMatchObject({ year: 2026, scope: 'county', title: '盈江县2026年度人口监测报告（全县）', dueBy: '2026-12-01' });
    const year = await dash({ from: '2026-01', to: '2026-12', township: TOWNSHIP });
    const row = report.rows.find((r) => r.section === '出生人口' && r.label === '铜壁关乡')!;
    expect(row.value).toBe(suppress(year.births.total));
    expect(report.rows.filter((r) => r.value === '<5').length).toBeGreaterThan(0);
    expect(report.suppressionNote).toContain('<5');
  });

  test('a department’s report holds its own part only', async () => {
    const police = await h.ok(bureau, 'dashboard', 'yearlyReport', { year: 2026, scope: 'police' });
    expect(new Set(police.rows.map((r) => r.section))).toEqual(new Set(['出生一件事·户口登记（公安派出所）']));
  });

  test('the CSV: BOM, counts only — no seeded name or ID number anywhere', async () => {
    const { filename, csv } = await h.ok(bureau, 'dashboard', 'exportYearlyReport', { year: 2026, scope: 'county' });
    expect(filename).toBe('人口监测报告-2026-全县.csv');
    expect(csv.startsWith('\uFEFF报告,盈江县2026年度人口监测报告（全县）\r\n报送截止日期,2026-12-01\r\n')).toBe(true);
    expect(csv).toContain('\r\n部分,项目,数值\r\n');
    expect(csv).toContain(',<5\r\n');

    const names = new Set<string>();
    for (const u of await h.db.selectFrom('users').select('verified_name').execute()) if (u.verified_name) names.add(u.verified_name);
    for (const r of await h.db.selectFrom('registrations').select(['applicant_name', 'spouse_name', 'existing_children_json']).execute()) {
      names.add(r.applicant_name);
      names.add(r.spouse_name);
      for (const child of JSON.parse(r.existing_children_json) as { name: string }[]) names.add(child.name);
    }
    for (const k of await h.db.selectFrom('birth_cases').select('child_name').execute()) names.add(k.child_name);
    for (const k of await h.db.selectFrom('children').select('name').execute()) names.add(k.name);
    expect(names.size).toBeGreaterThan(40);
    for (const name of names) expect(csv).not.toContain(name);
    const ids = [...people.map((p) => p.idNumber), ...Object.values(DEMO_PEOPLE).map((p) => p.idNumber)];
    for (const id of ids) expect(csv).not.toContain(id);
    expect(csv).not.toMatch(/\d{17}[\dX]/);
  });
});

describe('the audit log', () => {
  test('has every read and the export, with what was asked', async () => {
    const reads = await audits('dashboard.read');
    expect(reads.length).toBeGreaterThanOrEqual(6);
    expect(reads.every((r) => r.actor_role === 'health_bureau')).toBe(true);
    expect(reads.some((r) => r.target_id === TOWNSHIP && JSON.parse(r.detail_json).township === TOWNSHIP)).toBe(true);
    expect((await audits('dashboard.report.read')).map((r) => r.target_id)).toEqual(expect.arrayContaining(['2026:county', '2026:police']));
    const exports = await audits('dashboard.report.export');
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({ target_type: 'yearly_report', target_id: '2026:county' });
  });
});

describe('the fact table', () => {
  test('the counts the writes kept equal counting the facts from scratch', async () => {
    const counts = () =>
      h.db.selectFrom('birth_counts').selectAll().where('count', '>', 0).orderBy(['month', 'township', 'dimension', 'value']).execute();
    const kept = await counts();
    expect(kept.length).toBeGreaterThan(10);
    await rebuildBirthCounts(h.db);
    expect(await counts()).toEqual(kept);
    const durations = () => h.db.selectFrom('step_durations').selectAll().orderBy(['month', 'township', 'step', 'days']).execute();
    const counted = await durations();
    expect(counted.reduce((n, r) => n + r.count, 0)).toBeGreaterThan(10);
    await rebuildStepDurations(h.db);
    expect(await durations()).toEqual(counted);
  });

  test('filled again at start from the records, to the same figures (idempotent)', async () => {
    const county = await dash({ from: '2025-01', to: '2026-11' });
    const facts = await h.db.selectFrom('birth_facts').selectAll().orderBy('source').orderBy('source_id').execute();
    const done = await h.db.selectFrom('bundle_steps').select('case_id').where('status', '=', 'done').execute();
    for (const table of ['birth_facts', 'birth_counts', 'step_durations'] as const) await h.db.deleteFrom(table).execute();
    expect(await fillMonitoringFacts(h.db, h.crypto, NOW)).toBe(facts.length + done.length);
    expect(await fillMonitoringFacts(h.db, h.crypto, NOW)).toBe(0);
    const again = await dash({ from: '2025-01', to: '2026-11' });
    expect({ ...again, generatedAt: '' }).toEqual({ ...county, generatedAt: '' });
    // No row holds a name or an ID number: only the columns the figures need.
    expect(Object.keys(facts[0]!).sort()).toEqual([
      'birth_date',
      'birth_order',
      'ethnicity',
      'month',
      'sex',
      'source',
      'source_id',
      'township',
      'updated_at',
    ]);
  });

  test('a resubmitted case moves its birth; a case on a 补登 replaces the registration’s count', async () => {
    const fact = () => h.db.selectFrom('birth_facts').selectAll().where('source_id', '=', caseWithoutRegistration.id).execute();
    expect(await fact()).toEqual([
      expect.objectContaining({ source: 'birth_case', township: TOWNSHIP, sex: 'M', birth_order: null, month: '2026-08' }),
    ]);
    // The police sent the hukou step back: the family fixes the household, now in 那邦镇.
    const input = await h.ok(caseParent, 'birth', 'editable', { id: caseWithoutRegistration.id });
    input.household = { ...input.household, hukouTownship: 'nabang', address: '那邦镇测试村3号' };
    await h.ok(caseParent, 'birth', 'resubmitStep', { id: caseWithoutRegistration.id, step: 'hukou', input });
    expect(await fact()).toEqual([expect.objectContaining({ township: 'nabang' })]);
    // Every birth case has one fact; no registration that a case builds on has one.
    const linked = await h.db
      .selectFrom('birth_facts as f')
      .innerJoin('birth_cases as c', 'c.registration_id', 'f.source_id')
      .select('f.source_id')
      .where('f.source', '=', 'registration')
      .execute();
    expect(linked).toEqual([]);
  });
});
