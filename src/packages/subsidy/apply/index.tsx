import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { todayIn } from '@domain/dates';
import { formatYuan } from '@domain/money';
import { evaluateChild } from '@domain/subsidy/engine';
import { rulesFor } from '@domain/subsidy/policySettings';
import { anyNeedsPolicy, claimWithPolicy } from '@domain/subsidy/insurancePolicy';
import { insurancePolicySchema, subsidyApplySchema } from '@domain/subsidy/schema';
import { validate, type FieldErrors } from '@domain/validation';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { SubsidyLines } from '@/components/subsidy/SubsidyLines';
import { accountKindText } from '@/components/subsidy/display';
import { useLoad } from '@/hooks/useLoad';
import { useMe } from '@/hooks/useMe';
import { useSubmit } from '@/hooks/useSubmit';
import { ensurePrivacyConsent } from '@/services/privacy';
import { requestCaseUpdates } from '@/services/subscribe';
import { subsidyService } from '@/services/subsidy';
import { newIdempotencyKey } from '@/services/transport';
import { paymentLines } from '../index/paymentLines';
import { pageUrl } from '@domain/routes';
import { emptyApplyForm, groupDigits, toApplyInput, type ApplyForm } from './form';
import { AccountFields } from './parts/AccountFields';
import { InsuranceFields } from './parts/InsuranceFields';
import { PapersFields } from './parts/PapersFields';
import './index.scss';

export default function SubsidyApplyPage() {
  const { params } = useRouter();
  const childId = params.childId ?? '';
  const { me } = useMe();
  const overview = useLoad(() => subsidyService.overview());
  const [form, setForm] = useState<ApplyForm | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({ onFieldErrors: setErrors });
  // The account number is not kept on the device, so neither is a draft: the key lives as long as
  // the page, which covers a double tap and a retry after a lost answer.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const today = todayIn(new Date());

  const child = overview.data?.find((c) => c.child.id === childId);
  if (!overview.data) {
    return <PageShell load={overview} />;
  }
  if (!child) {
    return (
      <PageShell>
        <EmptyState title='没有找到这个孩子'>请从“我的补贴”重新进入。</EmptyState>
      </PageShell>
    );
  }

  const evaluation = evaluateChild(child.facts, today, rulesFor(child.policy));
  const rules = rulesFor(child.policy);
  const claimKeys = new Set(
    paymentLines(evaluation, child.applications)
      .filter((l) => l.state === 'claimable')
      .map((l) => l.key),
  );
  const open = evaluation.entitlements.filter((e) => claimKeys.has(`${e.ruleId}:${e.periodKey}`));
  const current = form ?? emptyApplyForm(Boolean(child.previousAccount));
  // The 参保补贴 counts only for the years the typed policy covers (the server decides the same way).
  const typed = validate(insurancePolicySchema(today), current.insurance);
  const claiming = claimWithPolicy(open, rules, typed.ok ? typed.value : undefined).claimed;
  const askPolicy = anyNeedsPolicy(open, rules);
  const totalFen = claiming.reduce((t, e) => t + e.amountFen, 0);

  if (!child.canApply || open.length === 0) {
    return (
      <PageShell>
        <EmptyState title={child.canApply ? '现在没有可以申领的补贴' : `由${child.applicantName ?? '另一位家庭成员'}申领`}>
          {child.canApply
            ? '已申领的补贴可在“我的补贴”查看进度；新的年度开始后可以再申领。'
            : `每个家庭由一位家长为所有孩子申领，请由${child.applicantName ?? '该家庭成员'}在本小程序中办理。`}
        </EmptyState>
        <Press className='btn btn-secondary btn-block' onClick={() => Taro.navigateBack()}>
          返回我的补贴
        </Press>
      </PageShell>
    );
  }

  const update = (patch: Partial<ApplyForm>) => setForm({ ...current, ...patch });
  const applicantName = me?.name ?? '';

  const confirmText = (): string => {
    const prev = child.previousAccount;
    const where =
      current.use === 'previous' && prev
        ? `${prev.bankName}${accountKindText(prev.kind)} 尾号${prev.last4}，户名 ${prev.holderName}`
        : `${current.bankName}${accountKindText(current.kind)}\n${groupDigits(current.accountNumber)}\n户名 ${current.holder === 'child' ? child.child.name : applicantName}`;
    return `申领 ${claiming.length} 项，共 ${formatYuan(totalFen)}，发放到：\n${where}\n请核对账号无误。`;
  };

  const submit = async () => {
    requestCaseUpdates();
    const input = toApplyInput(childId, current, child.papersNeeded);
    const checked = validate(subsidyApplySchema(today), input);
    if (!checked.ok) {
      setErrors(checked.fields);
      void Taro.showToast({ title: Object.values(checked.fields)[0], icon: 'none', duration: 3000 });
      return;
    }
    setErrors({});
    if (!(await ensurePrivacyConsent())) return;
    const answer = await Taro.showModal({ title: '核对收款账户', content: confirmText(), confirmText: '确认提交', cancelText: '返回修改' });
    if (!answer.confirm) return;
    await run(async () => {
      const created = await subsidyService.apply(checked.value, idempotencyKey);
      setIdempotencyKey(newIdempotencyKey());
      await Taro.redirectTo({ url: pageUrl('/packages/subsidy/application/index', { id: created.id, fresh: 1 }) });
    });
  };

  return (
    <PageShell className='subsidy-apply' load={overview}>
      <View className='card'>
        <View className='card-title'>为{child.child.name}申领</View>
        <SubsidyLines lines={claiming} totalFen={totalFen} />
        {claiming.length === 0 ? <View className='muted'>目前可申领的是意外伤害险参保补贴，请在下方填写已购买的保单。</View> : null}
      </View>
      {askPolicy ? (
        <View className='card'>
          <View className='card-title'>意外伤害险保单</View>
          <InsuranceFields policy={current.insurance} today={today} errors={errors} onChange={(insurance) => update({ insurance })} />
        </View>
      ) : null}
      <View className='card'>
        <View className='card-title'>收款账户</View>
        <View className='muted'>补贴按季度发放到这个账户。可以用申请人本人或孩子名下的银行卡、社保卡。</View>
        <AccountFields
          form={current}
          previous={child.previousAccount}
          applicantName={applicantName}
          childName={child.child.name}
          errors={errors}
          onChange={update}
        />
      </View>
      {child.papersNeeded ? (
        <View className='card'>
          <View className='card-title'>孩子的证件</View>
          <PapersFields papers={current.papers} errors={errors} onChange={(papers) => update({ papers })} />
        </View>
      ) : (
        <View className='muted apply-papers-known'>孩子的出生医学证明和户口信息系统里已有，不用再提交。</View>
      )}
      {errors._ ? <View className='field-error'>{errors._}</View> : null}
      <Press className='btn btn-primary btn-block' disabled={busy} onClick={submit}>
        {busy ? '正在提交…' : `提交申领（${formatYuan(totalFen)}）`}
      </Press>
      <View className='muted apply-note'>提交后卫生健康局在30个工作日内审核，审核结果会通知您。</View>
    </PageShell>
  );
}
