import { useRef } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { ChildSubsidies } from '@domain/subsidy/types';
import { todayIn } from '@domain/dates';
import { formatYuan } from '@domain/money';
import { evaluateChild } from '@domain/subsidy/engine';
import { rulesFor } from '@domain/subsidy/policySettings';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { accountText } from '@/components/subsidy/display';
import { useLoad } from '@/hooks/useLoad';
import { useSubmit } from '@/hooks/useSubmit';
import { subsidyService } from '@/services/subsidy';
import { newIdempotencyKey } from '@/services/transport';
import { pageUrl } from '@domain/routes';
import { paymentLines, paymentTotals, type ChildPayments } from './paymentLines';
import { ChildSubsidyCard } from './ChildSubsidyCard';
import './index.scss';

function paymentsOf(child: ChildSubsidies, today: string): ChildPayments {
  const evaluation = evaluateChild(child.facts, today, rulesFor(child.policy));
  const lines = paymentLines(evaluation, child.applications);
  return { child, evaluation, lines, totals: paymentTotals(lines) };
}

export default function MySubsidiesPage() {
  const overview = useLoad(() => subsidyService.overview());
  const { busy, run } = useSubmit();
  // One key per renewal, kept until it succeeds, so a double tap or a retry claims once.
  const renewKey = useRef<string | null>(null);
  const today = todayIn(new Date());

  if (!overview.data) {
    return <PageShell load={overview} />;
  }

  // Children with payments first; a child with nothing owed only needs its reasons, further down.
  const children = overview.data
    .map((c) => paymentsOf(c, today))
    .sort((a, b) => Number(a.lines.length === 0) - Number(b.lines.length === 0));

  const renew = async (payments: ChildPayments) => {
    const account = payments.child.previousAccount;
    if (!account) return;
    const { count, fen } = payments.totals.withoutPolicy;
    const answer = await Taro.showModal({
      title: '一键申领',
      content: `为${payments.child.child.name}申领 ${count} 项，共 ${formatYuan(fen)}，发放到${accountText(account)}（${account.holderName}）。`,
      confirmText: '确认申领',
    });
    if (!answer.confirm) return;
    await run(async () => {
      renewKey.current ??= newIdempotencyKey();
      const created = await subsidyService.apply({ childId: payments.child.child.id, account: { kind: 'previous' } }, renewKey.current);
      renewKey.current = null;
      await Taro.navigateTo({ url: pageUrl('/packages/subsidy/application/index', { id: created.id, fresh: 1 }) });
    });
  };

  return (
    <PageShell className='my-subsidies' load={overview}>
      {children.length === 0 ? (
        <EmptyState title='还没有孩子的信息'>孩子出生后办理“出生一件事”或生育登记，这里会列出孩子可以领取的补贴。</EmptyState>
      ) : (
        <View className='muted pay-intro'>
          按现行政策为每个孩子计算，点“政策依据”可查看文件原文。申领后卫生健康局在30个工作日内审核，财政按季度发放。
        </View>
      )}
      {children.map((p) => (
        <ChildSubsidyCard key={p.child.child.id} payments={p} busy={busy} onRenew={() => renew(p)} />
      ))}
    </PageShell>
  );
}
