import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { BirthApplicationInput, BundleStepKey } from '@domain/birth/types';
import { birthApplicationSchema } from '@domain/birth/applicationSchema';
import { bundleStep, isBundleStepKey } from '@domain/birth/bundleGraph';
import { todayIn } from '@domain/dates';
import { validate } from '@domain/validation';
import { PageShell } from '@/components/PageShell';
import { StepBar } from '@/components/StepBar';
import { PersonFields } from '@/components/form/PersonFields';
import { unnest } from '@/components/form/wizard';
import { useWizard } from '@/components/form/useWizard';
import { WizardActions } from '@/components/form/WizardActions';
import { useLoad } from '@/hooks/useLoad';
import { useMe } from '@/hooks/useMe';
import { useSubmit } from '@/hooks/useSubmit';
import { birthService } from '@/services/birth';
import { ensurePrivacyConsent } from '@/services/privacy';
import { requestCaseUpdates } from '@/services/subscribe';
import { newIdempotencyKey } from '@/services/transport';
import { useDrafts } from '@/stores/drafts';
import { useSession } from '@/stores/session';
import type { FieldToFix } from '@domain/birth/views';
import { newBirthApplication, toSubmission, withAnswers } from './draft';
import { fixNotes, fixSteps } from './fix';
import { STEPS } from './steps';
import { ChildFields } from './parts/ChildFields';
import { HouseholdFields } from './parts/HouseholdFields';
import { InsuranceCardFields } from './parts/InsuranceCardFields';
import { ReviewPanel } from './parts/ReviewPanel';
import { ServicesFields } from './parts/ServicesFields';
import './index.scss';
import { pageUrl } from '@domain/routes';

export default function BirthFormPage() {
  const { params } = useRouter();
  const caseId = params.id ?? '';
  const fix: BundleStepKey | null = caseId && isBundleStepKey(params.fix) ? params.fix : null;
  const { me } = useMe();
  const today = todayIn(new Date());

  const userId = useSession((s) => s.userId);
  const stored = useDrafts((s) => s.birth);
  const draft = stored && stored.userId === userId ? stored : null;
  const answers = { birthDate: params.birthDate, hospitalId: params.hospitalId };
  const [input, setInput] = useState<BirthApplicationInput | null>(fix || !draft ? null : withAnswers(draft.input, answers));
  // A fix opens on the fields the clerk named, with the reason on top, and skips unrelated steps.
  const [returned, setReturned] = useState<{ reason: string; fields: FieldToFix[] } | null>(null);
  const steps = fix ? fixSteps(STEPS, fix, returned?.fields ?? []) : STEPS;
  const wizard = useWizard(steps, fix ? 0 : (draft?.step ?? 0));
  const { step, errors, setErrors, showFieldErrors } = wizard;
  const { busy, run } = useSubmit({ onFieldErrors: (fields) => showFieldErrors(fix ? unnest(fields) : fields) });

  // A new application starts from what the system knows; a fix from the stored application
  // (loaded once: showing the page again must not overwrite what is being typed).
  const start = useLoad(
    async (): Promise<{ input: BirthApplicationInput; returned: { reason: string; fields: FieldToFix[] } | null }> => {
      if (!fix) return { input: newBirthApplication(me!, await birthService.prefill(), answers), returned: null };
      const [editable, c] = await Promise.all([birthService.editable(caseId), birthService.get(caseId)]);
      const own = c.steps.find((s) => s.key === fix);
      return { input: editable, returned: { reason: own?.rejectReason ?? '', fields: own?.rejectFields ?? [] } };
    },
    [fix, caseId, me?.verified],
    { enabled: fix !== null || (input === null && me?.verified === true), reloadOnShow: false },
  );
  useEffect(() => {
    if (!start.data || input) return;
    setInput(start.data.input);
    if (start.data.returned) {
      setReturned(start.data.returned);
      setErrors(fixNotes(start.data.returned.fields, start.data.returned.reason));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [start.data]);

  // A half-filled application survives the app being killed.
  useEffect(() => {
    if (fix || !input || !userId) return;
    const key = draft?.idempotencyKey ?? newIdempotencyKey();
    useDrafts.getState().saveBirth({ userId, input, step, idempotencyKey: key });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fix, input, step, userId]);

  if (!input || (fix && !returned)) {
    return (
      <PageShell load={start}>
        {start.error || start.loading ? null : (
          <View className='card muted'>{me && !me.verified ? '请先完成实名认证。' : '正在加载…'}</View>
        )}
      </PageShell>
    );
  }

  const update = (patch: Partial<BirthApplicationInput>) => setInput({ ...input, ...patch });
  const check = () => validate(birthApplicationSchema(today), toSubmission(input));

  const submit = async () => {
    requestCaseUpdates();
    const result = check();
    if (!result.ok) return showFieldErrors(result.fields);
    if (!(await ensurePrivacyConsent())) return;
    await run(async () => {
      if (fix) {
        await birthService.resubmitStep(caseId, fix, result.value);
        await Taro.redirectTo({ url: pageUrl('/packages/birth/case/index', { id: caseId }) });
      } else {
        const key = draft?.idempotencyKey ?? newIdempotencyKey();
        const created = await birthService.submit(result.value, key);
        useDrafts.getState().clearBirth();
        await Taro.redirectTo({ url: pageUrl('/packages/birth/case/index', { id: created.id, fresh: 1 }) });
      }
    });
  };

  const current = steps[step];
  return (
    <PageShell className='birth-form'>
      {fix && returned ? (
        <View className='card form-fix'>
          <View className='form-fix-title'>{bundleStep(fix).title}被退回，需要补正</View>
          {returned.reason ? <View className='form-fix-reason'>退回原因：{returned.reason}</View> : null}
          {returned.fields.length > 0 ? <View>请修改：{returned.fields.map((f) => f.label).join('、')}</View> : null}
          <View className='form-fix-note'>修改后只重新提交“{bundleStep(fix).title}”，其他事项的进度不受影响。</View>
        </View>
      ) : null}
      <StepBar titles={steps.map((s) => s.title)} current={step} />
      <View className='card'>
        {current.key === 'child' ? (
          <ChildFields
            child={input.child}
            parentEthnicities={[input.applicant.ethnicity, input.otherParent.ethnicity]}
            errors={errors}
            today={today}
            onChange={(child) => update({ child })}
          />
        ) : null}
        {current.key === 'parents' ? (
          <>
            <PersonFields form={input} prefix='applicant' who='申请人' errors={errors} onChange={update} identityLocked />
            <View className='form-divider' />
            <PersonFields form={input} prefix='otherParent' who='配偶' errors={errors} onChange={update} />
          </>
        ) : null}
        {current.key === 'household' ? <HouseholdFields input={input} errors={errors} onChange={update} /> : null}
        {current.key === 'insurance' ? <InsuranceCardFields input={input} errors={errors} onChange={update} /> : null}
        {current.key === 'services' ? (
          <>
            {fix ? null : <ServicesFields input={input} errors={errors} onChange={update} />}
            <ReviewPanel input={toSubmission(input)} />
          </>
        ) : null}
      </View>
      <WizardActions wizard={wizard} check={check} busy={busy} submitText={fix ? '重新提交' : '提交申请'} onSubmit={submit} />
      {fix ? null : <View className='muted form-draft-note'>填写内容会自动保存在本机，退出后再进来可以接着填。</View>}
    </PageShell>
  );
}
