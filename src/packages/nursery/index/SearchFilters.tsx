import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { CareType, LatLng } from '@domain/nursery/types';
import type { TownshipCode } from '@domain/place/townships';
import type { ChildSummary } from '@domain/children/types';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { Field, WithFieldAria } from '@/components/form/Field';
import { rovingProps } from '@/components/a11y/useRovingGroup';
import { TOWNSHIP_OPTIONS } from '@/content/options';
import { CARE_TYPE_OPTIONS } from '@/content/nursery';

export interface Filters {
  township: TownshipCode;
  /** Set when the search starts from the person's own position instead of the township. */
  near: LatLng | null;
  /** The child's age in months as typed or taken from a picked child ('' = any age). */
  ageText: string;
  childId: string;
  puhuiOnly: boolean;
  withVacancy: boolean;
  careType: CareType | '';
}

interface Props {
  filters: Filters;
  onChange: (patch: Partial<Filters>) => void;
  /** The family's children with their age in months today. */
  family: readonly (ChildSummary & { months: number })[];
  locating: boolean;
  /** Absent where the device cannot tell its position. */
  onLocate?: () => void;
  ageError?: string;
}

type Roving = ReturnType<typeof rovingProps>;

function Chip({ on, label, onTap, name, roving }: { on: boolean; label: string; onTap: () => void; name?: string; roving: Roving }) {
  return (
    <Press
      look='chip'
      className={`choice nursery-chip ${on ? 'choice-on' : ''}`}
      role='checkbox'
      checked={on}
      data-chip={name}
      onClick={onTap}
      {...roving}
    >
      {label}
    </Press>
  );
}

/** Where from, the child's age, and the three filters; every change searches again. */
export function SearchFilters({ filters, onChange, family, locating, onLocate, ageError }: Props) {
  return (
    <View className='card nursery-filters'>
      {filters.near ? (
        <Field label='从哪里出发'>
          <View className='row nursery-origin'>
            <Text className='nursery-origin-me'>我的位置（按距离由近到远）</Text>
            <Press look='inline' className='link' onClick={() => onChange({ near: null })}>
              改为按乡镇
            </Press>
          </View>
        </Field>
      ) : (
        <SelectField
          name='township'
          label='从哪里出发（乡镇）'
          value={filters.township}
          options={TOWNSHIP_OPTIONS}
          onChange={(v) => v && onChange({ township: v as TownshipCode })}
        />
      )}
      {onLocate && !filters.near ? (
        <Press look='block' className={`link nursery-locate ${locating ? 'muted' : ''}`} onClick={locating ? undefined : onLocate}>
          {locating ? '正在获取位置…' : '或者 使用我的位置，按距离排序 ›'}
        </Press>
      ) : null}

      {family.length > 0 ? (
        <Field label='为哪个孩子找'>
          <WithFieldAria>
            {(aria) => (
              <View className='choice-row' role='group' {...aria}>
                {family.map((c, i) => (
                  <Chip
                    key={c.id}
                    roving={rovingProps(
                      i,
                      family.length,
                      family.findIndex((f) => f.id === filters.childId),
                    )}
                    name={`child-${c.id}`}
                    on={filters.childId === c.id}
                    label={`${c.name}（${c.months}个月）`}
                    onTap={() =>
                      onChange(filters.childId === c.id ? { childId: '', ageText: '' } : { childId: c.id, ageText: String(c.months) })
                    }
                  />
                ))}
              </View>
            )}
          </WithFieldAria>
        </Field>
      ) : null}
      <TextField
        name='ageMonths'
        label='孩子月龄'
        type='number'
        maxlength={2}
        value={filters.ageText}
        onChange={(v) => onChange({ ageText: v.trim(), childId: '' })}
        placeholder='如 20，不填则不限'
        error={ageError}
      />

      <Field label='筛选'>
        <WithFieldAria>
          {(aria) => (
            <View className='choice-row' role='group' {...aria}>
              <Chip
                name='puhui'
                on={filters.puhuiOnly}
                label='只看普惠'
                onTap={() => onChange({ puhuiOnly: !filters.puhuiOnly })}
                roving={rovingProps(0, 2, -1)}
              />
              <Chip
                name='vacancy'
                on={filters.withVacancy}
                label='有空位'
                onTap={() => onChange({ withVacancy: !filters.withVacancy })}
                roving={rovingProps(1, 2, -1)}
              />
            </View>
          )}
        </WithFieldAria>
      </Field>
      <SelectField
        name='careType'
        label='托育类型'
        value={filters.careType}
        options={CARE_TYPE_OPTIONS}
        onChange={(v) => onChange({ careType: v as CareType | '' })}
        placeholder='不限'
      />
    </View>
  );
}
