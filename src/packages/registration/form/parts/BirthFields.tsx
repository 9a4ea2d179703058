import { View } from '@tarojs/components';
import type { RegistrationInput, RegistrationStage } from '@domain/registration/types';
import type { FieldErrors } from '@domain/validation';
import { registrationWindows } from '@domain/registration/registrationWindows';
import { ChoiceField } from '@/components/form/ChoiceField';
import { DateField } from '@/components/form/DateField';
import { SelectField } from '@/components/form/SelectField';
import { STAGE_OPTIONS, TOWNSHIP_OPTIONS } from '@/content/options';

interface Props {
  input: RegistrationInput;
  errors: FieldErrors;
  today: string;
  onChange: (patch: Partial<RegistrationInput>) => void;
}

export function BirthFields({ input, errors, today, onChange }: Props) {
  const windows = registrationWindows(today);
  return (
    <View>
      <ChoiceField
        name='stage'
        label='生育状态'
        required
        value={input.stage}
        options={STAGE_OPTIONS}
        onChange={(stage) => onChange({ stage: stage as RegistrationStage })}
        error={errors.stage}
      />
      {input.stage === 'pregnant' ? (
        <DateField
          name='dueDate'
          label='预产期'
          required
          value={input.dueDate ?? ''}
          start={windows.dueDate.earliest}
          end={windows.dueDate.latest}
          onChange={(dueDate) => onChange({ dueDate })}
          error={errors.dueDate}
          hint='以产检医生告知的预产期为准'
        />
      ) : (
        <DateField
          name='birthDate'
          label='出生日期'
          required
          value={input.birthDate ?? ''}
          start={windows.birthDate.earliest}
          end={windows.birthDate.latest}
          onChange={(birthDate) => onChange({ birthDate })}
          error={errors.birthDate}
        />
      )}
      <SelectField
        name='township'
        label='现居住乡镇'
        required
        value={input.township}
        options={TOWNSHIP_OPTIONS}
        onChange={(township) => onChange({ township: township as RegistrationInput['township'] })}
        error={errors.township}
        hint='用于安排孕产期保健和后续服务'
      />
    </View>
  );
}
