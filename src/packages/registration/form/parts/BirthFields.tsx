import { View } from '@tarojs/components';
import type { RegistrationInput } from '@domain/registration/types';
import type { FieldErrors } from '@domain/validation';
import { registrationWindows } from '@domain/registration/registrationWindows';
import { bindFields } from '@/components/form/bindFields';
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
  const field = bindFields(input, onChange, errors);
  return (
    <View>
      <ChoiceField {...field('stage')} label='生育状态' required options={STAGE_OPTIONS} />
      {input.stage === 'pregnant' ? (
        <DateField
          {...field('dueDate')}
          label='预产期'
          required
          start={windows.dueDate.earliest}
          end={windows.dueDate.latest}
          hint='以产检医生告知的预产期为准'
        />
      ) : (
        <DateField {...field('birthDate')} label='出生日期' required start={windows.birthDate.earliest} end={windows.birthDate.latest} />
      )}
      <SelectField {...field('township')} label='现居住乡镇' required options={TOWNSHIP_OPTIONS} hint='用于安排孕产期保健和后续服务' />
    </View>
  );
}
