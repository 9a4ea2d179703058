// The health bureau answers the subsidy policy questions the data leaves open, naming the document
// it relied on: today whether the county's 800元/年 育儿补助 continues after 2025. Parents see the
// answer and that source (domain/subsidy/policySettings.ts); every change is in the audit log.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { COUNTY_CHILDCARE_OPTIONS, SETTING_SOURCE_MAX_LENGTH, type CountyChildcareAfter2025 } from '@domain/subsidy/policySettings';
import { COUNTY_CHILDCARE_YEARLY, ruleById } from '@domain/subsidy/rules';
import { openQuestionsOf } from '@domain/subsidy/openQuestions';
import { setSubsidyPolicySchema } from '@domain/subsidy/schema';
import { validate, type FieldErrors } from '@domain/validation';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { bindFields } from '@/components/form/bindFields';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { showSuccess } from '@/components/feedback';
import { useLoad } from '@/hooks/useLoad';
import { useSubmit } from '@/hooks/useSubmit';
import { formatDate } from '@/services/format';
import { subsidyPolicyService, subsidyService } from '@/services/subsidy';

const OPTIONS = (Object.keys(COUNTY_CHILDCARE_OPTIONS) as CountyChildcareAfter2025[]).map((value) => ({
  value,
  label: COUNTY_CHILDCARE_OPTIONS[value].label,
}));

export default function SubsidyPolicyPage() {
  const policy = useLoad(() => subsidyService.policy());
  const [form, setForm] = useState<{ value: CountyChildcareAfter2025 | ''; source: string }>({ value: '', source: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({ onFieldErrors: setErrors });
  const p = policy.data;
  if (!p) {
    return (
      <PageShell>
        <EmptyState title='正在加载…' />
      </PageShell>
    );
  }
  const current = p.countyChildcareAfter2025;
  const rule = ruleById(COUNTY_CHILDCARE_YEARLY)!;
  const picked = form.value || current.value;
  const field = bindFields(form, (patch) => setForm({ ...form, ...patch }), errors);

  const save = async () => {
    const input = { key: 'countyChildcareAfter2025' as const, value: picked, source: form.source };
    const checked = validate(setSubsidyPolicySchema, input);
    if (!checked.ok) {
      setErrors(checked.fields);
      return;
    }
    const answer = await Taro.showModal({
      title: '确认变更政策设置',
      content: `县育儿补助2025年后：${COUNTY_CHILDCARE_OPTIONS[picked].label}。${COUNTY_CHILDCARE_OPTIONS[picked].effect}`,
      confirmText: '确认变更',
      cancelText: '返回',
    });
    if (!answer.confirm) return;
    await run(async () => {
      setErrors({});
      policy.setData(await subsidyPolicyService.set(picked, form.source.trim()));
      setForm({ value: '', source: '' });
      showSuccess('已保存');
    });
  };

  return (
    <PageShell className='subsidy-policy'>
      <View className='card' data-current={current.value}>
        <View className='card-title'>县育儿补助（800元/年）2025年后是否继续发放</View>
        <View>
          当前设置：<Text>{COUNTY_CHILDCARE_OPTIONS[current.value].label}</Text>
        </View>
        <View className='muted'>{COUNTY_CHILDCARE_OPTIONS[current.value].effect}</View>
        {current.source ? (
          <View className='muted'>
            依据：{current.source}
            {current.decidedOn ? `（${formatDate(current.decidedOn)}设置）` : ''}
          </View>
        ) : null}
      </View>

      <View className='card'>
        <View className='card-title'>为什么由县卫生健康局设置</View>
        {openQuestionsOf(rule.id)
          .slice(0, 1)
          .map((t) => (
            <View key={t} className='muted'>
              {t}
            </View>
          ))}
        <View className='muted'>家长只看到这里选择的结果和填写的依据，看不到本说明。</View>
      </View>

      <View className='card'>
        <SelectField {...field('value')} label='2025年后的执行口径' required value={picked} options={OPTIONS} />
        <TextField
          {...field('source')}
          label='依据文件'
          required
          maxlength={SETTING_SOURCE_MAX_LENGTH}
          hint='发文机关、文件名称、文号和条款，家长会看到'
        />
        <Press className='btn btn-primary btn-block' disabled={busy} onClick={save}>
          保存设置
        </Press>
      </View>
    </PageShell>
  );
}
