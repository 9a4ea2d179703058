import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { ClassKind, NurseryDetail } from '@domain/nursery/types';
import { CLASS_KINDS, className } from '@domain/nursery/classRules';
import { offerSchema } from '@domain/nursery/schema';
import { validate, type FieldErrors } from '@domain/validation';
import { bindFields } from '@/components/form/bindFields';
import { CheckListField } from '@/components/form/CheckListField';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { showSuccess } from '@/components/feedback';
import { nurseryOperatorService } from '@/services/nursery';
import { CARE_TYPE_OPTIONS, FEE_PER_OPTIONS, classWithAges } from '@/content/nursery';
import { useSubmit } from '@/hooks/useSubmit';
import { offerFormOf, offerInputOf, type OfferForm } from './offerForm';

/** Classes (places, children enrolled, 保育费), meals and other fees, hours, care types, caregivers. */
export function OfferEditor({ nursery, onSaved }: { nursery: NurseryDetail; onSaved: (n: NurseryDetail) => void }) {
  const [form, setForm] = useState<OfferForm>(() => offerFormOf(nursery));
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({ onFieldErrors: setErrors });
  const set = (patch: Partial<OfferForm>) => setForm({ ...form, ...patch });
  const setClass = (i: number, patch: Partial<OfferForm['classes'][number]>) =>
    set({ classes: form.classes.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const setFee = (i: number, patch: Partial<OfferForm['otherFees'][number]>) =>
    set({ otherFees: form.otherFees.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
  const field = bindFields(form, set, errors);
  const missingKinds = CLASS_KINDS.filter((k) => !form.classes.some((c) => c.kind === k));

  const save = async () => {
    const input = offerInputOf(form);
    const checked = validate(offerSchema, input);
    if (!checked.ok) {
      setErrors(checked.fields);
      return;
    }
    await run(async () => {
      setErrors({});
      onSaved(await nurseryOperatorService.updateOffer(input));
      showSuccess('已保存');
    });
  };

  return (
    <View>
      {form.classes.map((c, i) => {
        const row = bindFields(c, (patch) => setClass(i, patch), errors, `classes.${i}.`);
        return (
          <View key={c.kind} className='card offer-class' data-class={c.kind}>
            <View className='row'>
              <Text className='card-title'>{classWithAges(c.kind)}</Text>
              <Press look='inline' className='link' onClick={() => set({ classes: form.classes.filter((_, j) => j !== i) })}>
                删除
              </Press>
            </View>
            <View className='offer-grid'>
              <TextField {...row('capacity')} label='托位数' type='number' maxlength={3} />
              <TextField {...row('enrolled')} label='在托人数' type='number' maxlength={3} />
            </View>
            <TextField
              {...row('careFeeYuan')}
              name={`classes.${i}.careFeeMonthlyFen`}
              label='保育费（元/月）'
              type='digit'
              maxlength={9}
              error={errors[`classes.${i}.careFeeMonthlyFen`]}
            />
          </View>
        );
      })}
      {errors.classes ? <View className='field-error'>{errors.classes}</View> : null}
      {missingKinds.length > 0 ? (
        <View className='choice-row offer-add'>
          {missingKinds.map((k: ClassKind) => (
            <Press
              look='chip'
              key={k}
              className='choice'
              onClick={() => set({ classes: [...form.classes, { kind: k, capacity: '', enrolled: '0', careFeeYuan: '' }] })}
            >
              + {className(k)}
            </Press>
          ))}
        </View>
      ) : null}

      <View className='card'>
        <View className='card-title'>其他收费</View>
        <TextField
          {...field('mealsYuan')}
          name='mealsMonthlyFen'
          label='伙食费（元/月）'
          type='digit'
          maxlength={9}
          error={errors.mealsMonthlyFen}
        />
        {form.otherFees.map((f, i) => {
          const fee = bindFields(f, (patch) => setFee(i, patch), errors, `otherFees.${i}.`);
          return (
            <View key={i} className='offer-fee' data-fee={i}>
              <View className='offer-grid'>
                <TextField {...fee('name')} label='收费项目' maxlength={20} placeholder='如 被褥费' />
                <TextField
                  {...fee('amountYuan')}
                  name={`otherFees.${i}.amountFen`}
                  label='金额（元）'
                  type='digit'
                  maxlength={9}
                  error={errors[`otherFees.${i}.amountFen`]}
                />
              </View>
              <View className='offer-grid'>
                <SelectField
                  {...fee('per')}
                  label='收费周期'
                  options={FEE_PER_OPTIONS}
                  onChange={(v) => v && setFee(i, { per: v as typeof f.per })}
                />
                <Press className='btn btn-danger offer-remove' onClick={() => set({ otherFees: form.otherFees.filter((_, j) => j !== i) })}>
                  删除此项
                </Press>
              </View>
            </View>
          );
        })}
        <Press
          className='btn btn-secondary btn-block'
          onClick={() => set({ otherFees: [...form.otherFees, { name: '', amountYuan: '', per: 'term' }] })}
        >
          添加收费项目
        </Press>
      </View>

      <View className='card'>
        <View className='card-title'>服务</View>
        <TextField {...field('hours')} label='服务时间' maxlength={60} placeholder='如 周一至周五 7:30—17:30' />
        <CheckListField
          name='careTypes'
          label='托育类型'
          value={form.careTypes}
          options={CARE_TYPE_OPTIONS}
          onChange={(v) => set({ careTypes: v })}
          error={errors.careTypes}
        />
        <TextField {...field('caregivers')} label='保育人员数' type='number' maxlength={3} />
      </View>

      <Press className='btn btn-primary btn-block' disabled={busy} onClick={save}>
        {busy ? '正在保存…' : '保存并公布'}
      </Press>
      <View className='muted offer-note'>保存后家长查到的空位、收费和服务时间立即更新。</View>
    </View>
  );
}
