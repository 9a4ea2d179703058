import { View, Text } from '@tarojs/components';
import { Toggle } from '@/components/controls/Toggle';
import { Press } from '@/components/controls/Press';
import type { ExistingChild, RegistrationInput } from '@domain/registration/types';
import type { FieldErrors } from '@domain/validation';
import { childOrder, childOrderText } from '@domain/registration/childOrder';
import { registrationWindows } from '@domain/registration/registrationWindows';
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
  const setChild = (i: number, patch: Partial<ExistingChild>) =>
    onChange({ existingChildren: children.map((c, j) => (j === i ? { ...c, ...patch } : c)) });

  return (
    <View>
      <DateField
        name='marriageDate'
        label='结婚登记日期'
        required
        value={input.marriageDate}
        start={windows.marriageDate.earliest}
        end={windows.marriageDate.latest}
        onChange={(marriageDate) => onChange({ marriageDate })}
        error={errors.marriageDate}
      />

      <View className='family-children-title'>已有子女</View>
      <View className='muted'>请如实填写现有的全部子女。前次婚姻所生、依法收养和已去世的子女不计入本次孩次。</View>
      {children.map((child, i) => {
        const path = `existingChildren.${i}`;
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
            <TextField
              name={`${path}.name`}
              label='姓名'
              required
              value={child.name}
              onChange={(name) => setChild(i, { name })}
              error={errors[`${path}.name`]}
              maxlength={50}
            />
            <DateField
              name={`${path}.birthDate`}
              label='出生日期'
              required
              value={child.birthDate}
              end={today}
              onChange={(birthDate) => setChild(i, { birthDate })}
              error={errors[`${path}.birthDate`]}
            />
            <ChoiceField
              name={`${path}.sex`}
              label='性别'
              value={child.sex}
              options={SEX_OPTIONS}
              onChange={(sex) => setChild(i, { sex: sex as ExistingChild['sex'] })}
              error={errors[`${path}.sex`]}
            />
            <ChoiceField
              name={`${path}.relation`}
              label='与本次婚姻的关系'
              value={child.relation}
              options={RELATION_OPTIONS}
              onChange={(relation) => setChild(i, { relation: relation as ExistingChild['relation'] })}
              error={errors[`${path}.relation`]}
            />
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
