import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { verifyIdentitySchema } from '@domain/account/schema';
import { todayIn } from '@domain/dates';
import { validate, type FieldErrors } from '@domain/validation';
import { PageShell } from '@/components/PageShell';
import { bindFields } from '@/components/form/bindFields';
import { TextField } from '@/components/form/TextField';
import { useSubmit } from '@/hooks/useSubmit';
import { accountService } from '@/services/account';
import { runFacialVerify } from '@/services/faceVerify';
import { ensurePrivacyConsent } from '@/services/privacy';
import { continueTask, taskFrom } from '@/services/signInRoute';
import { useSession } from '@/stores/session';

const SUCCESS_SHOWN_MS = 1500;

export default function VerifyPage() {
  const [form, setForm] = useState({ name: '', idNumber: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const field = bindFields(form, (patch) => setForm({ ...form, ...patch }), errors);
  const { busy, run } = useSubmit({ onFieldErrors: setErrors });
  // Carried from the login page (or the page that asked for 实名认证): go on with it afterwards.
  const task = taskFrom(useRouter().params);
  const [verifiedName, setVerifiedName] = useState<string | null>(null);

  const submit = async () => {
    const checked = validate(verifyIdentitySchema(todayIn(new Date())), form);
    if (!checked.ok) return setErrors(checked.fields);
    setErrors({});
    if (!(await ensurePrivacyConsent())) return;
    await run(async () => {
      // Step 1: the server asks WeChat for a face check with this name and number (or, in
      // development, prepares the dev check); step 2 the face on the phone; step 3 the server asks
      // WeChat for the result and only then marks the person verified.
      const start = await accountService.startVerify(checked.value.name, checked.value.idNumber);
      if (start.provider === 'wechat') await runFacialVerify(start.verifyId);
      const me = await accountService.confirmVerify(start.verifyId);
      useSession.getState().setMe(me);
      // Said on the page and in a toast, and left long enough to be read before going on.
      setVerifiedName(me.name ?? checked.value.name);
      await Taro.showToast({ title: '认证成功', icon: 'success', duration: SUCCESS_SHOWN_MS });
      await new Promise((resolve) => setTimeout(resolve, SUCCESS_SHOWN_MS));
      await continueTask(task);
    });
  };

  if (verifiedName) {
    return (
      <PageShell>
        <View className='card verify-done' data-verified='1'>
          <View className='card-title'>认证成功</View>
          <View>{verifiedName}，您的身份已核验，现在可以办理生育登记和“出生一件事”了。</View>
          <View className='muted'>正在继续…</View>
        </View>
      </PageShell>
    );
  }

  return (
    <PageShell>
      {task.reason ? (
        <View className='card login-reason' data-testid='login-reason'>
          <View className='card-title'>{task.reason}</View>
        </View>
      ) : null}
      <View className='card'>
        <View className='card-title'>核验您的身份</View>
        <View className='muted'>
          办理生育登记和“出生一件事”需要本人实名。请填写与身份证一致的姓名和18位公民身份号码，提交后按提示完成微信人脸核身。
        </View>
        <TextField {...field('name')} label='姓名' required maxlength={50} />
        <TextField {...field('idNumber')} label='公民身份号码' required type='idcard' maxlength={18} />
        <Press className='btn btn-primary btn-block' disabled={busy} onClick={submit}>
          {busy ? '正在核验…' : '提交认证'}
        </Press>
      </View>
    </PageShell>
  );
}
