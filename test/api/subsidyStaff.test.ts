// Subsidies from the staff's side: the 卫健 review, the finance payout (batch, export, paid), the
// police's hukou move, who may do what, and bad input.
import { evaluateChild } from '../../domain/subsidy/engine';
import type { ChildSubsidies, PayoutBatchView, SubsidyApplicationView } from '../../domain/subsidy/types';
import { createHarness, NOW, TODAY, type Harness } from './harness';
import { newKey, verifiedUser } from './people';
import { applied, BANK_CARD, bundleFamily, HUKOU_REGISTERED_ON, papersFamily, papersFor, type SubsidyFamily } from './subsidyFamilies';

let h: Harness;
let bureau: string;
let finance: string;
let police: string;
beforeAll(async () => {
  h = await createHarness();
  bureau = (await h.login('health_bureau')).token;
  finance = (await h.login('finance')).token;
  police = (await h.login('police')).token;
});
afterAll(async () => {
  await h.close();
});

const auditActions = async (targetId: string) =>
  (
    await h.db
      .selectFrom('audit_log')
      .select(['action', 'actor_role', 'detail_json'])
      .where('target_id', '=', targetId)
      .orderBy('at')
      .execute()
  ).map((r) => r.action);
const overviewChild = async (fam: { token: string; childId: string }) =>
  (await h.ok(fam.token, 'subsidy', 'overview')).find((o) => o.child.id === fam.childId)!;

describe('review', () => {
  test('the queue: submitted and under review, oldest first, the seeded samples included; the read is audited', async () => {
    const queue = await h.ok(bureau, 'subsidy', 'subsidyQueue', {});
    expect(queue.length).toBeGreaterThanOrEqual(2);
    expect(queue.every((q) => q.status === 'submitted' || q.status === 'under_review')).toBe(true);
    const submitted = queue.map((q) => q.submittedAt);
    expect([...submitted].sort()).toEqual(submitted);
    expect(queue.map((q) => q.childName)).toEqual(expect.arrayContaining(['样例二弟岩坎', '样例二妹小梅']));
    expect(queue[0]).toMatchObject({
      number: expect.stringMatching(/^BT533123\d{10}$/),
      reviewDueBy: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      ruleNames: expect.any(Array),
    });
    const under = await h.ok(bureau, 'subsidy', 'subsidyQueue', { status: 'under_review' });
    expect(under.length).toBeGreaterThan(0);
    expect(under.every((q) => q.status === 'under_review')).toBe(true);
    expect(await auditActions('*')).toContain('subsidy.queue');
  });

  test('read with the facts and the engine beside it; accept; approve — each an event, a 办件 update, a message and an audit row', async () => {
    const fam = await bundleFamily(h);
    const view = await applied(h, fam);
    const review = await h.ok(bureau, 'subsidy', 'subsidyReview', { id: view.id });
    const child = await overviewChild(fam);
    expect(review.facts).toEqual(child.facts);
    expect(review.evaluation).toEqual(evaluateChild(child.facts, TODAY));
    expect(review.application).toEqual(view);
    expect(review.papers).toBeUndefined();
    const caseNumber = (await h.ok(fam.token, 'birth', 'get', { id: fam.caseId })).number;
    expect(review.papersSource).toContain(`出生一件事 ${caseNumber}`);

    const accepted = await h.ok(bureau, 'subsidy', 'acceptSubsidy', { id: view.id });
    expect(accepted.application).toMatchObject({ status: 'under_review', statusText: '审核中' });
    expect(await h.call(bureau, 'subsidy', 'acceptSubsidy', { id: view.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const approved = await h.ok(bureau, 'subsidy', 'decideSubsidy', { id: view.id, decision: 'approve' });
    expect(approved.application.status).toBe('approved');

    const mine = await h.ok(fam.token, 'subsidy', 'get', { id: view.id });
    expect(mine.events.map((e) => e.status)).toEqual(['submitted', 'under_review', 'approved']);
    expect((await h.ok(fam.token, 'account', 'myCases')).find((c: { refId: string }) => c.refId === view.id)).toMatchObject({
      status: 'approved',
      statusText: '审核通过',
    });
    const titles = (await h.ok(fam.token, 'account', 'inbox')).map((m: { title: string }) => m.title);
    expect(titles).toEqual(expect.arrayContaining(['补贴申请已受理', '补贴申请已审核通过']));
    expect(await auditActions(view.id)).toEqual(['subsidy.apply', 'subsidy.read', 'subsidy.accept', 'subsidy.approve']);
  });

  test('reject needs a reason of at least 4 characters; a rejected claim can be made again', async () => {
    const fam = await bundleFamily(h, { childName: '测试退回' });
    const view = await applied(h, fam);
    expect(await h.call(bureau, 'subsidy', 'decideSubsidy', { id: view.id, decision: 'approve' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await h.ok(bureau, 'subsidy', 'acceptSubsidy', { id: view.id });
    const reasonError = {
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { reason: '请填写不予通过的原因（至少4个字），家长将据此补正' } },
    };
    expect(await h.call(bureau, 'subsidy', 'decideSubsidy', { id: view.id, decision: 'reject' })).toMatchObject(reasonError);
    expect(await h.call(bureau, 'subsidy', 'decideSubsidy', { id: view.id, decision: 'reject', reason: '不 对 ' })).toMatchObject(
      reasonError,
    );
    const rejected = await h.ok(bureau, 'subsidy', 'decideSubsidy', {
      id: view.id,
      decision: 'reject',
      reason: '银行卡户名与申请人不一致',
    });
    expect(rejected.application).toMatchObject({ status: 'rejected', statusText: '未通过', rejectReason: '银行卡户名与申请人不一致' });
    const message = (await h.ok(fam.token, 'account', 'inbox')).find((m: { title: string }) => m.title === '补贴申请未通过审核')!;
    expect(message.body).toContain('银行卡户名与申请人不一致');
    const again = await applied(h, fam);
    expect(again.lines).toEqual(view.lines);
    expect(again.id).not.toBe(view.id);
  });

  test('papers typed by the parent: shown masked, and the bureau may open the uploaded 户口簿 page (audited)', async () => {
    const fam = await papersFamily(h);
    const papers = await papersFor(h, fam);
    const view = await h.ok(fam.token, 'subsidy', 'apply', { childId: fam.childId, account: BANK_CARD, papers }, newKey());
    const review = await h.ok(bureau, 'subsidy', 'subsidyReview', { id: view.id });
    expect(review.papers).toEqual({
      idNumberMasked: `${papers.idNumber.slice(0, 4)}**********${papers.idNumber.slice(-4)}`,
      birthCertificateNumber: 'Q530024680',
      hukouTownship: 'nongzhang',
      hukouBookFileId: papers.hukouBookFileId,
    });
    expect(review.papersSource).toBeUndefined();
    expect(review.facts.hukou).toEqual([{ place: 'yingjiang', from: fam.child.birthDate }]);
    expect(JSON.stringify(review)).not.toContain(papers.idNumber);
    expect((await h.download(bureau, papers.hukouBookFileId)).statusCode).toBe(200);
    expect(await auditActions(papers.hukouBookFileId)).toEqual(['file.read']);
    expect((await h.download(finance, papers.hukouBookFileId)).statusCode).toBe(404);
  });
});

describe('who may do what', () => {
  test('a reviewer cannot pay or batch; finance cannot review; parents and other departments neither', async () => {
    const fam = await bundleFamily(h, { childName: '测试权限' });
    const view = await applied(h, fam);
    const financeOnly = { ok: false, error: { code: 'FORBIDDEN', message: '仅财政部门工作人员可以办理补贴发放' } };
    const reviewersOnly = { ok: false, error: { code: 'FORBIDDEN', message: '仅卫生健康局工作人员可以审核补贴申请' } };
    const clinic = (await h.login('clinic')).token;
    for (const token of [bureau, fam.token, clinic, police]) {
      expect(await h.call(token, 'subsidy', 'payoutOverview', {})).toEqual(financeOnly);
      expect(await h.call(token, 'subsidy', 'createPayoutBatch', {}, newKey())).toEqual(financeOnly);
      expect(await h.call(token, 'subsidy', 'markBatchPaid', { batchId: 'x', paidOn: TODAY })).toEqual(financeOnly);
    }
    for (const token of [finance, fam.token, clinic, police]) {
      expect(await h.call(token, 'subsidy', 'subsidyQueue', {})).toEqual(reviewersOnly);
      expect(await h.call(token, 'subsidy', 'subsidyReview', { id: view.id })).toEqual(reviewersOnly);
      expect(await h.call(token, 'subsidy', 'acceptSubsidy', { id: view.id })).toEqual(reviewersOnly);
      expect(await h.call(token, 'subsidy', 'decideSubsidy', { id: view.id, decision: 'approve' })).toEqual(reviewersOnly);
    }
    for (const token of [fam.token, clinic, police]) {
      expect(await h.call(token, 'subsidy', 'exportPayoutBatch', { batchId: 'x' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    for (const token of [fam.token, bureau, finance]) {
      expect(
        await h.call(token, 'subsidy', 'recordHukouMove', { childId: fam.childId, movedOn: TODAY, destination: 'outside_yunnan' }),
      ).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: '仅公安派出所工作人员可以登记户口迁出' },
      });
    }
    expect((await h.ok(fam.token, 'subsidy', 'get', { id: view.id })).status).toBe('submitted');
    expect(await h.call(undefined, 'subsidy', 'subsidyQueue', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('payout: batch → export → paid', () => {
  let fam: SubsidyFamily;
  let view: SubsidyApplicationView;
  let batch: PayoutBatchView;

  beforeAll(async () => {
    fam = await bundleFamily(h, { childName: '测试发放' });
    view = await applied(h, fam);
    await h.ok(bureau, 'subsidy', 'acceptSubsidy', { id: view.id });
    await h.ok(bureau, 'subsidy', 'decideSubsidy', { id: view.id, decision: 'approve' });
  });

  test('finance sees what waits; a batch gathers every approved claim (idempotent); none left refuses another', async () => {
    const before = await h.ok(finance, 'subsidy', 'payoutOverview', {});
    expect(before.approvedCount).toBeGreaterThanOrEqual(2); // the seeded sample and this family (and any approved above)
    const key = newKey();
    batch = await h.ok(finance, 'subsidy', 'createPayoutBatch', {}, key);
    expect(batch).toMatchObject({
      number: 'ZF2026Q4-01',
      quarter: '2026Q4',
      status: 'open',
      count: before.approvedCount,
      totalFen: before.approvedTotalFen,
    });
    expect(batch.items.map((i) => i.applicationNumber)).toContain(view.number);
    expect(batch.items.find((i) => i.applicationNumber === view.number)).toMatchObject({
      childName: '测试发放',
      applicantName: fam.mother.name,
      amountFen: view.totalFen,
      account: { last4: '8901' },
    });
    expect(await h.ok(finance, 'subsidy', 'createPayoutBatch', {}, key)).toEqual(batch);
    // A key stored before the action moved from the retired `staff` function still answers the retry.
    await h.db.updateTable('idempotency_keys').set({ fn: 'staff' }).where('key', '=', key).execute();
    expect(await h.ok(finance, 'subsidy', 'createPayoutBatch', {}, key)).toEqual(batch);
    expect(await h.call(finance, 'subsidy', 'createPayoutBatch', {}, newKey())).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '目前没有审核通过、待发放的申请，无需生成发放批次' },
    });
    expect(await h.call(finance, 'subsidy', 'createPayoutBatch', {})).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { idempotencyKey: expect.any(String) } },
    });
    const after = await h.ok(finance, 'subsidy', 'payoutOverview', {});
    expect(after).toMatchObject({ approvedCount: 0, approvedTotalFen: 0 });
    expect(after.batches[0]).toEqual(batch);
    expect((await h.ok(fam.token, 'subsidy', 'get', { id: view.id })).batch).toEqual({ id: batch.id, number: batch.number });
  });

  test('the export: BOM, Chinese header, rows that add up to the total; full account for finance, last 4 for the bureau; audited', async () => {
    const full = await h.ok(finance, 'subsidy', 'exportPayoutBatch', { batchId: batch.id });
    expect(full.filename).toBe(`补贴发放清单-${batch.number}.csv`);
    expect(full.csv.startsWith('\uFEFF序号,申请编号,孩子姓名,申请人,补贴项目,收款人,账户类型,开户银行,收款账号,金额（元）\r\n')).toBe(true);
    const rows = full.csv
      .slice(1)
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    const body = rows.slice(1, -1);
    const total = rows.at(-1)!;
    expect(body).toHaveLength(batch.count);
    expect(total.slice(0, 1)).toEqual(['合计']);
    expect(total[4]).toBe(`共${batch.count}笔`);
    for (const row of [...body, total]) expect(row[9]).toMatch(/^\d+\.\d{2}$/);
    const fen = (yuan: string) => Number(yuan.replace('.', ''));
    expect(body.reduce((s, r) => s + fen(r[9]!), 0)).toBe(fen(total[9]!));
    expect(fen(total[9]!)).toBe(batch.totalFen);
    const own = body.find((r) => r[1] === view.number)!;
    // Written ="…" (CSV-quoted) so Excel and WPS keep the 19 digits as text, not 6.22848E+18.
    expect(own[8]).toBe('"=""' + BANK_CARD.accountNumber + '"""');
    expect(own[9]).toBe((view.totalFen / 100).toFixed(2));

    const masked = await h.ok(bureau, 'subsidy', 'exportPayoutBatch', { batchId: batch.id });
    expect(masked.csv).not.toContain(BANK_CARD.accountNumber);
    expect(
      masked.csv
        .slice(1)
        .split('\r\n')
        .find((line) => line.includes(view.number)),
    ).toContain(',****8901,');
    const exports = await h.db
      .selectFrom('audit_log')
      .select(['actor_role', 'detail_json'])
      .where('action', '=', 'payout.export')
      .where('target_id', '=', batch.id)
      .orderBy('at')
      .execute();
    expect(exports.map((e) => [e.actor_role, JSON.parse(e.detail_json).rows, JSON.parse(e.detail_json).fullAccountNumbers])).toEqual([
      ['finance', batch.count, true],
      ['health_bureau', batch.count, false],
    ]);
    expect(await h.call(finance, 'subsidy', 'exportPayoutBatch', { batchId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  test('marking paid: bad dates refused; then the batch and every application are paid and each family is told', async () => {
    const paid = (paidOn: unknown) => h.callRaw(finance, 'subsidy', 'markBatchPaid', { batchId: batch.id, paidOn });
    expect(await paid('2026-11-29')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { paidOn: '发放日期不能晚于今天' } },
    });
    expect(await paid('2026-11-27')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { paidOn: `发放日期不能早于批次生成日期（${TODAY}）` } },
    });
    expect(await paid('2026-02-30')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { paidOn: '发放日期格式不正确，应为YYYY-MM-DD' } },
    });
    expect(await paid(undefined)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { paidOn: '请选择发放日期' } } });
    expect(await h.call(finance, 'subsidy', 'markBatchPaid', { batchId: 'nope', paidOn: TODAY })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    const done = await h.ok(finance, 'subsidy', 'markBatchPaid', { batchId: batch.id, paidOn: TODAY });
    expect(done).toMatchObject({ status: 'paid', paidOn: TODAY, count: batch.count });
    expect(await paid(TODAY)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const mine = await h.ok(fam.token, 'subsidy', 'get', { id: view.id });
    expect(mine).toMatchObject({ status: 'paid', statusText: '已发放', batch: { id: batch.id, number: batch.number, paidOn: TODAY } });
    expect(mine.events.at(-1)).toMatchObject({ status: 'paid', note: expect.stringContaining(batch.number) });
    expect((await h.ok(fam.token, 'account', 'myCases')).find((c: { refId: string }) => c.refId === view.id)).toMatchObject({
      status: 'paid',
      statusText: '已发放',
    });
    const message = (await h.ok(fam.token, 'account', 'inbox')).find((m: { title: string }) => m.title === '补贴已发放')!;
    expect(message.body).toContain(batch.number);
    expect(message.body).toContain(TODAY);
    const paidRows = await h.db
      .selectFrom('subsidy_applications')
      .select(['status', 'applicant_user_id'])
      .where('batch_id', '=', batch.id)
      .execute();
    expect(paidRows.every((r) => r.status === 'paid')).toBe(true);
    for (const r of paidRows) {
      const told = await h.db
        .selectFrom('inbox_messages')
        .select('id')
        .where('user_id', '=', r.applicant_user_id)
        .where('title', '=', '补贴已发放')
        .execute();
      expect(told).toHaveLength(1);
    }
    expect(await auditActions(batch.id)).toEqual(['payout.batch', 'payout.export', 'payout.export', 'payout.paid']);
  });
});

describe('payout: one failed transfer is carried to the next batch', () => {
  test('marked failed in an open batch: it leaves the batch, the family is told, the next batch gathers it; the rest is paid', async () => {
    const famA = await bundleFamily(h, { childName: '测试失败' });
    const famB = await bundleFamily(h, { childName: '测试成功' });
    const a = await applied(h, famA);
    const b = await applied(h, famB);
    for (const id of [a.id, b.id]) {
      await h.ok(bureau, 'subsidy', 'acceptSubsidy', { id });
      await h.ok(bureau, 'subsidy', 'decideSubsidy', { id, decision: 'approve' });
    }
    const batch = await h.ok(finance, 'subsidy', 'createPayoutBatch', {}, newKey());
    expect(batch.items.map((i) => i.applicationId)).toEqual(expect.arrayContaining([a.id, b.id]));

    const fail = (input: unknown) => h.callRaw(finance, 'subsidy', 'markTransferFailed', input);
    expect(await fail({ batchId: batch.id, applicationId: a.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { reason: '请填写转账失败原因' } },
    });
    expect(await fail({ batchId: batch.id, applicationId: a.id, reason: '错' })).toMatchObject({
      ok: false,
      error: { fields: { reason: expect.stringContaining('请填写转账失败原因') } },
    });
    expect(
      await h.call(bureau, 'subsidy', 'markTransferFailed', { batchId: batch.id, applicationId: a.id, reason: '账号有误' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const after = await h.ok(finance, 'subsidy', 'markTransferFailed', { batchId: batch.id, applicationId: a.id, reason: '账户已销户' });
    expect(after.items.map((i) => i.applicationId)).not.toContain(a.id);
    expect(after).toMatchObject({ count: batch.count - 1, totalFen: batch.totalFen - a.totalFen, status: 'open' });
    expect(after.failed).toEqual([
      { applicationNumber: a.number, childName: '测试失败', amountFen: a.totalFen, reason: '账户已销户', recordedAt: NOW.toISOString() },
    ]);
    // Not twice: it is no longer in this batch.
    expect(await fail({ batchId: batch.id, applicationId: a.id, reason: '账户已销户' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    const mineA = await h.ok(famA.token, 'subsidy', 'get', { id: a.id });
    expect(mineA.status).toBe('approved');
    expect(mineA.events.at(-1)).toMatchObject({
      status: 'approved',
      note: expect.stringContaining(`发放批次 ${batch.number} 转账未成功（账户已销户）`),
    });
    const told = (await h.ok(famA.token, 'account', 'inbox')).find((m: { title: string }) => m.title === '补贴转账未成功')!;
    expect(told.body).toContain('将在下一发放批次重新发放');
    expect(await h.ok(finance, 'subsidy', 'payoutOverview', {})).toMatchObject({ approvedCount: 1, approvedTotalFen: a.totalFen });

    const paid = await h.ok(finance, 'subsidy', 'markBatchPaid', { batchId: batch.id, paidOn: TODAY });
    expect(paid).toMatchObject({ status: 'paid', count: batch.count - 1 });
    expect((await h.ok(famB.token, 'subsidy', 'get', { id: b.id })).status).toBe('paid');
    expect((await h.ok(famA.token, 'subsidy', 'get', { id: a.id })).status).toBe('approved');
    expect(await fail({ batchId: batch.id, applicationId: b.id, reason: '账号有误' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    const next = await h.ok(finance, 'subsidy', 'createPayoutBatch', {}, newKey());
    expect(next.items.map((i) => i.applicationId)).toEqual([a.id]);
    const audit = await h.db
      .selectFrom('audit_log')
      .select(['action', 'detail_json'])
      .where('target_id', '=', a.id)
      .where('action', '=', 'payout.transferFailed')
      .execute();
    expect(audit.map((r) => JSON.parse(r.detail_json))).toEqual([
      { number: a.number, batch: batch.number, reason: '账户已销户', totalFen: a.totalFen },
    ]);
  });
});

describe('hukou move', () => {
  test('recorded by the police; the engine stops paying from the month after', async () => {
    const fam = await bundleFamily(h, { childName: '测试迁出' });
    const before = await overviewChild(fam);
    const national = (facts: ChildSubsidies['facts']) =>
      evaluateChild(facts, TODAY).entitlements.filter((e) => e.ruleId === 'national-childcare');
    expect(national(before.facts).find((e) => e.periodKey === '2026')!.months).toBe(12);
    expect(national(before.facts).some((e) => e.periodKey === '2027')).toBe(true);

    const move = (input: Record<string, unknown>) =>
      h.call(police, 'subsidy', 'recordHukouMove', {
        childId: fam.childId,
        movedOn: '2026-06-15',
        destination: 'outside_yunnan',
        ...input,
      });
    expect(await move({ movedOn: '2025-12-19' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { movedOn: `户口迁出日期不能早于孩子户口在盈江县登记的日期（${HUKOU_REGISTERED_ON}）` } },
    });
    expect(await move({ movedOn: '2026-11-29' })).toMatchObject({ ok: false, error: { fields: { movedOn: '户口迁出日期不能晚于今天' } } });
    expect(await move({ destination: 'mars' })).toMatchObject({ ok: false, error: { fields: { destination: '请选择户口迁往地' } } });
    expect(await move({ childId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await move({})).toEqual({ ok: true, data: { ok: true } });
    expect(await move({ movedOn: '2026-07-01' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('已不在盈江县') },
    });

    const after = await overviewChild(fam);
    expect(after.facts.hukou).toEqual([
      { place: 'yingjiang', from: HUKOU_REGISTERED_ON },
      { place: 'outside_yunnan', from: '2026-06-15' },
    ]);
    const year2026 = national(after.facts).find((e) => e.periodKey === '2026')!;
    expect(year2026).toMatchObject({ months: 6, amountFen: 6 * 30000, to: '2026-06-30' });
    expect(national(after.facts).some((e) => e.periodKey === '2027')).toBe(false);
    const view = await applied(h, fam);
    expect(view.lines.find((l) => l.ruleId === 'national-childcare' && l.periodKey === '2026')).toMatchObject({
      months: 6,
      amountFen: 180000,
    });

    const message = (await h.ok(fam.token, 'account', 'inbox')).find((m: { title: string }) => m.title === '孩子户口迁出已登记')!;
    expect(message.body).toContain('自迁出次月起停发');
    const audit = await h.db.selectFrom('audit_log').select(['action', 'actor_role']).where('target_id', '=', fam.childId).execute();
    expect(audit).toEqual([{ action: 'hukou.move', actor_role: 'police' }]);
  });

  test('a child without a hukou in the system cannot be moved', async () => {
    const fam = await papersFamily(h);
    expect(
      await h.call(police, 'subsidy', 'recordHukouMove', { childId: fam.childId, movedOn: TODAY, destination: 'yunnan_other' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('还没有') },
    });
  });
});

test('bad input for every staff action names the field in Chinese', async () => {
  const fields = async (token: string, action: string, input: unknown) => {
    const res = await h.callRaw(token, 'subsidy', action, input, newKey());
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    return (res as any).error.fields as Record<string, string>;
  };
  expect(await fields(bureau, 'subsidyQueue', { status: 'paid' })).toEqual({ status: '请选择申请状态' });
  expect(await fields(bureau, 'subsidyReview', {})).toEqual({ id: '请填写记录标识' });
  expect(await fields(bureau, 'acceptSubsidy', { id: 7 })).toEqual({ id: '记录标识格式不正确' });
  expect(await fields(bureau, 'decideSubsidy', { id: 'x', decision: 'maybe' })).toEqual({ decision: '请选择审核结论' });
  expect(await fields(bureau, 'decideSubsidy', { decision: 'approve' })).toEqual({ id: '请选择补贴申请' });
  expect(await fields(finance, 'payoutOverview', { all: true })).toEqual({ all: '请求参数中有无法识别的字段“all”' });
  expect(await fields(finance, 'createPayoutBatch', { quarter: '2026Q4' })).toEqual({ quarter: '请求参数中有无法识别的字段“quarter”' });
  expect(await fields(finance, 'markBatchPaid', {})).toEqual({ batchId: '请选择发放批次', paidOn: '请选择发放日期' });
  expect(await fields(finance, 'exportPayoutBatch', {})).toEqual({ batchId: '请选择发放批次' });
  expect(await fields(police, 'recordHukouMove', {})).toEqual({
    childId: '请选择孩子',
    movedOn: '请选择户口迁出日期',
    destination: '请选择户口迁往地',
  });
  expect(await h.call(bureau, 'subsidy', 'acceptSubsidy', { id: 'nope' })).toEqual({
    ok: false,
    error: { code: 'NOT_FOUND', message: '未找到该补贴申请' },
  });
  const { token } = await verifiedUser(h);
  expect(await h.callRaw(token, 'subsidy', 'subsidyQueue', { status: 'paid' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});
