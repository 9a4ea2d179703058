import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { RegistrationInput } from '@domain/registration/types';
import { registrationSchema } from '@domain/registration/schema';
import { todayIn } from '@domain/dates';
import { validate } from '@domain/validation';
import { PageShell } from '@/components/PageShell';
import { StepBar } from '@/components/StepBar';
import { TextField } from '@/components/form/TextField';
import { useLoad } from '@/hooks/useLoad';
import { useMe } from '@/hooks/useMe';
import { useSubmit } from '@/hooks/useSubmit';
import { accountService } from '@/services/account';
import { ensurePrivacyConsent } from '@/services/privacy';
import { registrationService, registrationStaffService } from '@/services/registration';
import { newIdempotencyKey } from '@/services/transport';
import { useDrafts } from '@/stores/drafts';
import { useSession } from '@/stores/session';
import { emptyRegistration, toSubmission } from './draft';
import { unnest } from '@/components/form/wizard';
import { useWizard } from '@/components/form/useWizard';
import { WizardActions } from '@/components/form/WizardActions';
import { STEPS } from './steps';
import { PersonFields } from '@/components/form/PersonFields';
import { FamilyFields } from './parts/FamilyFields';
import { BirthFields } from './parts/BirthFields';
import { ReviewPanel } from './parts/ReviewPanel';
import './index.scss';
import { pageUrl } from '@domain/routes';

type Mode = 'new' | 'correct' | 'staff';

export default function RegistrationFormPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const mode: Mode = !id ? 'new' : params.as === 'staff' ? 'staff' : 'correct';
  const { me } = useMe();
  const today = todayIn(new Date());

  const userId = useSession((s) => s.userId);
  const stored = useDrafts((s) => s.registration);
  const draft = stored && stored.userId === userId ? stored : null;
  const [input, setInput] = useState<RegistrationInput | null>(mode === 'new' ? (draft?.input ?? null) : null);
  const wizard = useWizard(STEPS, mode === 'new' ? (draft?.step ?? 0) : 0);
  const { step, errors, setErrors, showFieldErrors } = wizard;
  const [reason, setReason] = useState('');
  // Corrections nest the form under `input`.
  const { busy, run } = useSubmit({ onFieldErrors: (fields) => showFieldErrors(unnest(fields)) });
  // While a registration is in force, the 生育登记 entry opens it first; another pregnancy is one tap away.
  const cases = useLoad(() => accountService.myCases(), [], { enabled: mode === 'new' });
  const active = (cases.data ?? []).filter((c) => c.kind === 'registration' && c.status === 'registered');
  const [another, setAnother] = useState(false);

  // A new form starts from the verified identity; a correction from the stored registration
  // (loaded once: showing the page again must not overwrite what is being typed).
  const saved = useLoad(
    async () => {
      const loaded = mode === 'staff' ? (await registrationStaffService.get(id)).input : await registrationService.editable(id);
      return { ...loaded, dueDate: loaded.dueDate ?? '', birthDate: loaded.birthDate ?? '' };
    },
    [mode, id],
    { enabled: mode !== 'new', reloadOnShow: false },
  );
  useEffect(() => {
    if (mode === 'new') {
      if (!input && me?.verified) setInput(emptyRegistration(me));
      return;
    }
    if (saved.data) setInput(saved.data);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode, me?.verified, saved.data]);

  // Every change is kept on the device, so a killed app reopens on the same step with the same answers.
  useEffect(() => {
    if (mode !== 'new' || !input) return;
    if (!userId) return;
    const key = draft?.idempotencyKey ?? newIdempotencyKey();
    useDrafts.getState().saveRegistration({ userId, input, step, idempotencyKey: key });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode, input, step, userId]);

  if (!input) {
    return (
      <PageShell load={saved}>
        {saved.error || saved.loading ? null : (
          <View className='card muted'>{mode === 'new' && me && !me.verified ? '请先完成实名认证。' : '正在加载…'}</View>
        )}
      </PageShell>
    );
  }

  const update = (patch: Partial<RegistrationInput>) => setInput({ ...input, ...patch });
  const check = () => validate(registrationSchema(today), toSubmission(input));

  const submit = async () => {
    const result = check();
    if (!result.ok) return showFieldErrors(result.fields);
    if (mode === 'staff' && !reason.trim()) {
      setErrors({ reason: '请填写更正原因' });
      return;
    }
    if (!(await ensurePrivacyConsent())) return;
    await run(async () => {
      if (mode === 'new') {
        const key = draft?.idempotencyKey ?? newIdempotencyKey();
        const created = await registrationService.submit(result.value, key);
        useDrafts.getState().clearRegistration();
        await Taro.redirectTo({ url: pageUrl('/packages/registration/certificate/index', { id: created.id, fresh: 1 }) });
      } else if (mode === 'correct') {
        await registrationService.correct(id, result.value);
        await Taro.redirectTo({ url: pageUrl('/packages/registration/certificate/index', { id }) });
      } else {
        await registrationStaffService.correct(id, result.value, reason.trim());
        await Taro.showToast({ title: '已更正', icon: 'success' });
        await Taro.navigateBack();
      }
    });
  };

  const current = STEPS[step];

  if (mode === 'new' && active.length > 0 && !another) {
    return (
      <PageShell className='registration-form'>
        <View className='card registration-active'>
          <View className='card-title'>您已有有效的生育登记</View>
          {active.map((c) => (
            <View key={c.id} className='registration-active-item' data-active={c.refId}>
              <View className='row'>
                <Text>{c.title}</Text>
                <Text className='muted'>{c.statusText}</Text>
              </View>
              <Press className='btn btn-primary btn-block' onClick={() => Taro.navigateTo({ url: c.link })}>
                打开生育服务登记凭证
              </Press>
            </View>
          ))}
          <View className='muted'>同一次怀孕或生育只需登记一次；信息有误的，请打开凭证申请更正。</View>
        </View>
        <Press className='btn btn-secondary btn-block' onClick={() => setAnother(true)}>
          为另一次怀孕或生育登记
        </Press>
      </PageShell>
    );
  }

  return (
    <PageShell className='registration-form'>
      {mode !== 'new' ? <View className='form-mode muted'>{mode === 'staff' ? '工作人员更正登记信息' : '更正我的生育登记'}</View> : null}
      <StepBar titles={STEPS.map((s) => s.title)} current={step} />
      <View className='card'>
        {current.key === 'applicant' ? (
          <PersonFields form={input} prefix='applicant' who='申请人' errors={errors} onChange={update} identityLocked={mode === 'new'} />
        ) : null}
        {current.key === 'spouse' ? <PersonFields form={input} prefix='spouse' who='配偶' errors={errors} onChange={update} /> : null}
        {current.key === 'family' ? <FamilyFields input={input} errors={errors} today={today} onChange={update} /> : null}
        {current.key === 'birth' ? <BirthFields input={input} errors={errors} today={today} onChange={update} /> : null}
        {current.key === 'review' ? (
          <>
            <ReviewPanel input={toSubmission(input)} />
            {mode === 'staff' ? (
              <TextField
                name='reason'
                label='更正原因'
                required
                value={reason}
                onChange={setReason}
                error={errors.reason}
                maxlength={200}
              />
            ) : null}
          </>
        ) : null}
      </View>

      <WizardActions wizard={wizard} check={check} busy={busy} submitText={mode === 'new' ? '提交登记' : '提交更正'} onSubmit={submit} />
      {mode === 'new' ? <View className='muted form-draft-note'>填写内容会自动保存在本机，退出后再进来可以接着填。</View> : null}
    </PageShell>
  );
}
