import { View } from '@tarojs/components';
import type { BirthApplicationInput, HouseholdInput } from '@domain/birth/types';
import type { FieldErrors } from '@domain/validation';
import { bindFields } from '@/components/form/bindFields';
import { ChoiceField } from '@/components/form/ChoiceField';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { UploadField } from '@/components/form/UploadField';
import { HEAD_RELATION_OPTIONS, HUKOU_OPTIONS } from '@/content/options';
import { needsHukouBook } from '../draft';

interface Props {
  input: BirthApplicationInput;
  errors: FieldErrors;
  onChange: (patch: Partial<BirthApplicationInput>) => void;
}

export function HouseholdFields({ input, errors, onChange }: Props) {
  const household = input.household;
  const set = (patch: Partial<HouseholdInput>) => onChange({ household: { ...household, ...patch } });
  const field = bindFields(household, set, errors, 'household.');
  const joinsOptions = [
    { value: 'applicant', label: `随${input.applicant.name || '申请人'}` },
    { value: 'otherParent', label: `随${input.otherParent.name || '配偶'}` },
  ];

  // Joining a parent's household starts from that parent's 户口 as the system knows it.
  const join = (joins: HouseholdInput['joins']) => {
    const parent = joins === 'applicant' ? input.applicant : input.otherParent;
    set({ joins, headName: parent.name, hukouTownship: parent.hukouTownship, address: parent.hukouAddress });
  };

  return (
    <View>
      <ChoiceField
        {...field('joins')}
        label='孩子随谁落户'
        required
        options={joinsOptions}
        onChange={(v) => join(v as HouseholdInput['joins'])}
      />
      <TextField {...field('headName')} label='户主姓名' required maxlength={50} />
      <ChoiceField {...field('headRelation')} label='户主是孩子的' required options={HEAD_RELATION_OPTIONS} />
      <SelectField {...field('hukouTownship')} label='落户乡镇' required options={HUKOU_OPTIONS} />
      <TextField {...field('address')} label='落户地址' required maxlength={100} hint='与户口簿上的住址一致' />
      {needsHukouBook(input) ? (
        <UploadField
          name='attachments.0.fileId'
          label='户口簿首页及户主页照片'
          required
          kind='hukou_book'
          value={input.attachments[0]?.fileId ?? ''}
          onChange={(fileId) => onChange({ attachments: fileId ? [{ kind: 'hukou_book', fileId }] : [] })}
          error={errors['attachments.0.fileId'] ?? errors.attachments}
          hint='户口不在盈江，县公安局无法直接查到，需要上传一张清晰照片（跨省通办）'
        />
      ) : null}
    </View>
  );
}
