import { View } from '@tarojs/components';
import { SUBSIDY_LABELS as L } from '@domain/subsidy/schema';
import type { ChildPapersInput } from '@domain/subsidy/types';
import type { FieldErrors } from '@domain/validation';
import { bindFields } from '@/components/form/bindFields';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { UploadField } from '@/components/form/UploadField';
import { TOWNSHIP_OPTIONS } from '@/content/options';

interface Props {
  papers: ChildPapersInput;
  errors: FieldErrors;
  onChange: (papers: ChildPapersInput) => void;
}

/** Asked only when the system does not hold the child's papers (no 出生一件事 with the hukou done). */
export function PapersFields({ papers, errors, onChange }: Props) {
  const set = (patch: Partial<ChildPapersInput>) => onChange({ ...papers, ...patch });
  const field = bindFields(papers, set, errors, 'papers.');
  return (
    <View>
      <View className='muted apply-papers-why'>系统里还没有孩子的户口信息，请按户口簿和出生医学证明填写，审核人员会核对。</View>
      <TextField {...field('idNumber')} label={L.idNumber} required type='idcard' maxlength={18} />
      <TextField
        {...field('birthCertificateNumber')}
        onChange={(v) => set({ birthCertificateNumber: v.toUpperCase() })}
        label={L.birthCertificateNumber}
        required
        maxlength={10}
        hint='证明右上角，1个字母加9位数字，如Q530012345'
      />
      <SelectField {...field('hukouTownship')} label={L.hukouTownship} required options={TOWNSHIP_OPTIONS} />
      <UploadField
        {...field('hukouBookFileId')}
        label={L.hukouBookFileId}
        required
        kind='hukou_book'
        hint='户口簿上孩子的那一页，拍清楚姓名、公民身份号码和住址'
      />
    </View>
  );
}
