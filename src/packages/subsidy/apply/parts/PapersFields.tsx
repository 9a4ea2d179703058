import { View } from '@tarojs/components';
import { SUBSIDY_LABELS as L } from '@domain/subsidy/schema';
import type { ChildPapersInput } from '@domain/subsidy/types';
import type { FieldErrors } from '@domain/validation';
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
  return (
    <View>
      <View className='muted apply-papers-why'>系统里还没有孩子的户口信息，请按户口簿和出生医学证明填写，审核人员会核对。</View>
      <TextField
        name='papers.idNumber'
        label={L.idNumber}
        required
        type='idcard'
        maxlength={18}
        value={papers.idNumber}
        onChange={(idNumber) => set({ idNumber })}
        error={errors['papers.idNumber']}
      />
      <TextField
        name='papers.birthCertificateNumber'
        label={L.birthCertificateNumber}
        required
        maxlength={10}
        value={papers.birthCertificateNumber}
        onChange={(v) => set({ birthCertificateNumber: v.toUpperCase() })}
        error={errors['papers.birthCertificateNumber']}
        hint='证明右上角，1个字母加9位数字，如Q530012345'
      />
      <SelectField
        name='papers.hukouTownship'
        label={L.hukouTownship}
        required
        value={papers.hukouTownship}
        options={TOWNSHIP_OPTIONS}
        onChange={(v) => set({ hukouTownship: v as ChildPapersInput['hukouTownship'] })}
        error={errors['papers.hukouTownship']}
      />
      <UploadField
        name='papers.hukouBookFileId'
        label={L.hukouBookFileId}
        required
        kind='hukou_book'
        value={papers.hukouBookFileId}
        onChange={(hukouBookFileId) => set({ hukouBookFileId })}
        error={errors['papers.hukouBookFileId']}
        hint='户口簿上孩子的那一页，拍清楚姓名、公民身份号码和住址'
      />
    </View>
  );
}
