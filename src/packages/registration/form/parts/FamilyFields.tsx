import { View, Text } from '@tarojs/components';
import { Toggle } from '@/components/controls/Toggle';
import { Press } from '@/components/controls/Press';
import type { ExistingChild, RegistrationInput } from '@domain/registration/types';
import type { FieldErrors } from '@domain/validation';
import { childOrder, childOrderText } from '@domain/registration/childOrder';
import { registrationWindows } from '@domain/registration/registrationWindows';
import { bindFields } from '@/components/form/bindFields';
import { ChoiceField } from '@/components/form/ChoiceField';
import { DateField } from '@/components/form/DateField';
import { TextField } from '@/components/form/TextField';
import { RELATION_OPTIONS, SEX_OPTIONS } from '@/content/options';

interface Props {
  input: RegistrationInput;
  errors: FieldErrors;
  today: string;
  onChange: (patch: Partial<RegistrationInput>) => void;
}

const NEW_CHILD: ExistingChild = { name: '', birthDate: '', sex: 'F', relation: 'this-marriage', deceased: false };

export function FamilyFields({ input, errors, today, onChange }: Props) {
  const children = input.existingChildren;
  const windows = registrationWindows(today);
  const field = bindFields(input, onChange, errors);
  const setChild = (i: number, patch: Partial<ExistingChild>) =>
    onChange({ existingChildren: children.map((c, j) => (j === i ? { ...c, ...patch } : c)) });

  return (
    <View>
      <DateField
        {...field('marriageDate')}
        label='结婚登记日期'
        required
        start={windows.marriageDate.earliest}
        end={windows.marriageDate.latest}
      />

      <View className='family-children-title'>已有子女</View>
      <View className='muted'>请如实填写现有的全部子女。前次婚姻所生、依法收养和已去世的子女不计入本次孩次。</View>
      {children.map((child, i) => {
        const childField = bindFields(child, (patch) => setChild(i, patch), errors, `existingChildren.${i}.`);
        return (
          <View key={i} className='family-child' data-child={i}>
            <View className='row'>
              <Text className='family-child-title'>第{i + 1}个子女</Text>
              <Press
                className='btn btn-danger family-remove'
                size='mini'
                onClick={() => onChange({ existingChildren: children.filter((_, j) => j !== i) })}
              >
                删除
              </Press>
            </View>
            <TextField {...childField('name')} label='姓名' required maxlength={50} />
            <DateField {...childField('birthDate')} label='出生日期' required end={today} />
            <ChoiceField {...childField('sex')} label='性别' options={SEX_OPTIONS} />
            <ChoiceField {...childField('relation')} label='与本次婚姻的关系' options={RELATION_OPTIONS} />
            <View className='row family-deceased'>
              <Text>已去世</Text>
              <Toggle checked={child.deceased} onChange={(deceased) => setChild(i, { deceased })} label={`第${i + 1}个子女已去世`} />
            </View>
          </View>
        );
      })}
      {errors.existingChildren ? <View className='field-error'>{errors.existingChildren}</View> : null}
      <Press className='btn btn-secondary btn-block' onClick={() => onChange({ existingChildren: [...children, { ...NEW_CHILD }] })}>
        ＋ 添加一个已有子女
      </Press>
      <View className='family-order' data-testid='child-order'>
        本次为 <Text className='family-order-value'>{childOrderText(childOrder(children))}</Text>
      </View>
    </View>
  );
}
