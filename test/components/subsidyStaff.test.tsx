import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { formatYuan } from '@domain/money';
import type { PayoutOverview } from '@domain/subsidy/types';
import PayoutPage from '@/packages/staff/payout/index';
import SubsidyQueuePage from '@/packages/staff/subsidy-queue/index';
import SubsidyReviewPage from '@/packages/staff/subsidy-review/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler, setRouterParams } from './setup/taroMock';
import { fillText, tapButton } from './setup/interact';
import { ACCOUNT, NOW, review } from './subsidyFixtures';

beforeAll(() => {
  jest.useFakeTimers({
    now: NOW,
    doNotFake: [
      'nextTick',
      'setImmediate',
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'performance',
    ],
  });
});
afterAll(() => jest.useRealTimers());

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
});

describe('subsidy review', () => {
  beforeEach(() => setRouterParams({ id: 'a3' }));

  it("shows the application beside the engine's explanation and the facts it used", async () => {
    setApiHandler(() => ({ ok: true, data: review() }));
    render(<SubsidyReviewPage />);
    expect(await screen.findByText('系统核算')).toBeTruthy();
    const once = document.querySelector('[data-entitlement="county-birth-once:once"]') as HTMLElement;
    expect(within(once).getByText('本次申领')).toBeTruthy();
    expect(within(once).getByText(/二孩，户口登记在盈江县/)).toBeTruthy();
    const later = document.querySelector('[data-entitlement="national-childcare:2027"]') as HTMLElement;
    expect(within(later).getByText('未到申领时间')).toBeTruthy();
    expect(within(document.querySelector('[data-rule="county-childcare-yearly"]') as HTMLElement).getByText(/暂未开放申领/)).toBeTruthy();
    expect(screen.getByText('第2孩')).toBeTruthy();
    expect(screen.getByText('2025年4月2日起 盈江县')).toBeTruthy();
    expect(screen.getByText('系统已有，来源：出生一件事 CS5331232025000042')).toBeTruthy();
    expect(screen.getByText('中国农业银行 银行卡 尾号1234')).toBeTruthy();
    expect(screen.getByText('审核通过')).toBeTruthy();
  });

  it('requires a reason to reject, then sends it', async () => {
    setApiHandler((_fn, body) => ({ ok: true, data: review(body.action === 'decideSubsidy' ? 'rejected' : 'under_review') }));
    render(<SubsidyReviewPage />);
    await screen.findByText('系统核算');
    await tapButton('不予通过');
    await tapButton('确认不予通过');
    await waitFor(() => expect(document.querySelector('[data-field="reason"] .field-error')?.textContent).toContain('不予通过的原因'));
    expect(calls.request.filter((r) => r.body.action === 'decideSubsidy')).toHaveLength(0);

    await fillText('reason', '户口簿照片不清晰，请重新上传');
    await tapButton('确认不予通过');
    await waitFor(() =>
      expect(calls.request.at(-1)?.body).toEqual({
        action: 'decideSubsidy',
        input: { id: 'a3', decision: 'reject', reason: '户口簿照片不清晰，请重新上传' },
      }),
    );
  });

  it('accepts a submitted application, then approves it', async () => {
    let status: 'submitted' | 'under_review' | 'approved' = 'submitted';
    setApiHandler((_fn, body) => {
      if (body.action === 'acceptSubsidy') status = 'under_review';
      if (body.action === 'decideSubsidy') status = 'approved';
      return { ok: true, data: review(status) };
    });
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false } as never);
    render(<SubsidyReviewPage />);
    await tapButton('受理');
    await tapButton('审核通过');
    await waitFor(() => expect(calls.request.at(-1)?.body).toEqual({ action: 'decideSubsidy', input: { id: 'a3', decision: 'approve' } }));
    const total = review().application.totalFen;
    expect(modal).toHaveBeenCalledWith(
      expect.objectContaining({ title: '确认审核通过', content: expect.stringContaining(`合计${formatYuan(total)}`) }),
    );
    expect(await screen.findByText('返回待办')).toBeTruthy();
    modal.mockRestore();
  });

  it('approving asks for confirmation with the amount and the account; cancelling sends nothing', async () => {
    setApiHandler(() => ({ ok: true, data: review('under_review') }));
    render(<SubsidyReviewPage />);
    await tapButton('审核通过');
    await waitFor(() => expect(calls.modal.at(-1)).toContain(`合计${formatYuan(review().application.totalFen)}`));
    expect(calls.modal.at(-1)).toContain('尾号1234');
    expect(calls.request.some((c) => c.body.action === 'decideSubsidy')).toBe(false);
  });
});

describe('subsidy queue', () => {
  it('lists the oldest first with waiting time, due date and total; an overdue one in red', async () => {
    const item = (id: string, submittedAt: string, reviewDueBy: string, status: 'submitted' | 'under_review') => ({
      id,
      number: `BT53312320260000${id}`,
      childName: `样例·孩子${id}`,
      childBirthDate: '2025-03-20',
      status,
      submittedAt,
      reviewDueBy,
      totalFen: 865_000,
      ruleNames: ['县一次性生育补贴', '国家育儿补贴'],
    });
    setApiHandler(() => ({
      ok: true,
      data: [
        item('11', '2026-10-09T02:00:00.000Z', '2026-11-20', 'under_review'),
        item('12', '2026-11-25T02:00:00.000Z', '2027-01-07', 'submitted'),
      ],
    }));
    render(<SubsidyQueuePage />);
    expect(await screen.findByText('补贴申领 · 待办 2 件，其中 1 件已超期（最早提交的在前）')).toBeTruthy();
    const late = document.querySelector('[data-application="BT5331232026000011"]') as HTMLElement;
    expect(late.className).toContain('sq-late');
    expect(within(late).getByText('已超期 · 2026年11月20日前审结').className).toContain('sq-due-late');
    expect(within(late).getByText('已等待 50 天')).toBeTruthy();
    expect(within(late).getByText('8,650元')).toBeTruthy();
    const fresh = document.querySelector('[data-application="BT5331232026000012"]') as HTMLElement;
    expect(fresh.className).not.toContain('sq-late');
    expect(within(fresh).getByText('2027年1月7日前审结')).toBeTruthy();
    expect(within(fresh).getByText('待受理')).toBeTruthy();
  });
});

describe('payout', () => {
  const item = (n: number, fen: number) => ({
    applicationId: `a${n}`,
    applicationNumber: `BT533123202600001${n}`,
    childName: `样例·孩子${n}`,
    applicantName: '样例·家长',
    ruleSummary: '国家育儿补贴2026年度',
    amountFen: fen,
    account: ACCOUNT,
  });
  const data: PayoutOverview = {
    approvedCount: 3,
    approvedTotalFen: 1_225_000,
    batches: [
      {
        id: 'b1',
        number: 'ZF2026Q4-01',
        quarter: '2026Q4',
        createdAt: '2026-11-20T02:00:00.000Z',
        status: 'open',
        count: 2,
        totalFen: 865_050,
        items: [item(1, 865_000), item(2, 50)],
        failed: [],
      },
      {
        id: 'b0',
        number: 'ZF2026Q3-01',
        quarter: '2026Q3',
        createdAt: '2026-09-20T02:00:00.000Z',
        status: 'paid',
        paidOn: '2026-09-28',
        count: 1,
        totalFen: 360_000,
        items: [item(3, 360_000)],
        failed: [],
      },
    ],
  };

  it('shows the approved total and each batch with its count, total and status', async () => {
    setApiHandler(() => ({ ok: true, data }));
    render(<PayoutPage />);
    expect(await screen.findByText('已审核通过 3 件')).toBeTruthy();
    expect(screen.getByText('12,250元')).toBeTruthy();
    const open = document.querySelector('[data-batch="ZF2026Q4-01"]') as HTMLElement;
    expect(within(open).getByText('2 件')).toBeTruthy();
    expect(within(open).getByText('8,650.50元')).toBeTruthy();
    expect(within(open).getByText('待发放')).toBeTruthy();
    const paid = document.querySelector('[data-batch="ZF2026Q3-01"]') as HTMLElement;
    expect(within(paid).getByText('已发放')).toBeTruthy();
    expect(within(paid).queryByText('标记已发放')).toBeNull();
  });

  it('makes a batch with an idempotency key and marks a batch paid on the chosen day', async () => {
    setApiHandler((_fn, body) => {
      if (body.action === 'createPayoutBatch') return { ok: true, data: data.batches[0] };
      if (body.action === 'markBatchPaid') return { ok: true, data: { ...data.batches[0], status: 'paid', paidOn: '2026-11-27' } };
      return { ok: true, data };
    });
    render(<PayoutPage />);
    await tapButton('生成本季度发放批次');
    await waitFor(() => expect(calls.request.some((r) => r.body.action === 'createPayoutBatch')).toBe(true));
    expect(calls.request.find((r) => r.body.action === 'createPayoutBatch')?.body.idempotencyKey).toMatch(/.{10,}/);

    await tapButton('标记已发放');
    const date = document.querySelector('[data-field="paidOn"] input') as HTMLInputElement;
    expect(date.value).toBe('2026-11-28');
    await fillTextDate(date, '2026-11-27');
    await tapButton('确认已发放');
    await waitFor(() =>
      expect(calls.request.at(-1)?.body).toEqual({ action: 'markBatchPaid', input: { batchId: 'b1', paidOn: '2026-11-27' } }),
    );
    await waitFor(() =>
      expect(within(document.querySelector('[data-batch="ZF2026Q4-01"]') as HTMLElement).getByText('已发放')).toBeTruthy(),
    );
  });

  it('marks one transfer of an open batch failed, with a reason, and shows it carried to the next batch', async () => {
    let failed = false;
    setApiHandler((_fn, body) => {
      if (body.action === 'markTransferFailed') failed = true;
      if (!failed) return { ok: true, data };
      const [open, paid] = data.batches;
      const carried = {
        ...open!,
        count: 1,
        totalFen: 50,
        items: [item(2, 50)],
        failed: [
          {
            applicationNumber: item(1, 0).applicationNumber,
            childName: '样例·孩子1',
            amountFen: 865_000,
            reason: '账户已销户',
            recordedAt: '2026-11-28T02:00:00.000Z',
          },
        ],
      };
      return { ok: true, data: body.action === 'markTransferFailed' ? carried : { ...data, approvedCount: 1, batches: [carried, paid!] } };
    });
    render(<PayoutPage />);
    await screen.findByText('已审核通过 3 件');
    const open = document.querySelector('[data-batch="ZF2026Q4-01"]') as HTMLElement;
    fireEvent.click(within(open).getByText('查看明细（2件）▼'));
    const first = open.querySelector('[data-application="BT5331232026000011"]') as HTMLElement;
    fireEvent.click(within(first).getByText('转账失败？标记并转入下一批次'));
    await tapButton('确认转账失败');
    expect(await within(first).findByText('请填写转账失败原因')).toBeTruthy();
    expect(calls.request.some((c) => c.body.action === 'markTransferFailed')).toBe(false);
    await fillText('reason', '账户已销户');
    await tapButton('确认转账失败');
    await waitFor(() =>
      expect(calls.request.find((c) => c.body.action === 'markTransferFailed')?.body.input).toEqual({
        batchId: 'b1',
        applicationId: 'a1',
        reason: '账户已销户',
      }),
    );
    expect(await screen.findByText('转账失败 1 笔，已转入下一批次')).toBeTruthy();
    expect(screen.getByText('已审核通过 1 件')).toBeTruthy();
  });

  it('exports a batch as a CSV file that starts with a byte-order mark', async () => {
    const saved: Blob[] = [];
    const create = jest.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:csv';
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    setApiHandler((_fn, body) =>
      body.action === 'exportPayoutBatch'
        ? { ok: true, data: { filename: 'ZF2026Q4-01.csv', csv: '申请编号,金额（元）\r\nBT5331232026000011,8650.00\r\n' } }
        : { ok: true, data },
    );
    render(<PayoutPage />);
    await screen.findByText('已审核通过 3 件');
    const open = document.querySelector('[data-batch="ZF2026Q4-01"]') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(open).getByText('导出 CSV'));
    });
    await waitFor(() => expect(saved).toHaveLength(1));
    const bytes = await bytesOf(saved[0]);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(bytes).toString('utf8')).toContain('BT5331232026000011,8650.00');
    expect(click).toHaveBeenCalledTimes(1);
    expect(calls.toast).toContain('已下载 ZF2026Q4-01.csv');
    click.mockRestore();
  });
});

async function fillTextDate(input: HTMLInputElement, value: string) {
  await act(async () => {
    fireEvent.change(input, { target: { value } });
  });
}

/** jsdom's Blob has no arrayBuffer(); its FileReader does the same. */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
