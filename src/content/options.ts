import { ETHNICITIES } from '@domain/people/ethnicities';
import { TOWNSHIPS } from '@domain/place/townships';
import type { Option } from '@/components/form/SelectField';

export const ETHNICITY_OPTIONS: Option[] = ETHNICITIES.map((e) => ({ value: e.code, label: e.name }));
export const TOWNSHIP_OPTIONS: Option[] = TOWNSHIPS.map((t) => ({ value: t.code, label: t.name }));
export const HUKOU_OPTIONS: Option[] = [...TOWNSHIP_OPTIONS, { value: 'outside', label: '盈江县以外' }];

export const SEX_OPTIONS: Option[] = [
  { value: 'M', label: '男' },
  { value: 'F', label: '女' },
];

export const RELATION_OPTIONS: Option[] = [
  { value: 'this-marriage', label: '本次婚姻生育' },
  { value: 'previous-marriage', label: '前次婚姻所生' },
  { value: 'adopted', label: '依法收养' },
];

export const STAGE_OPTIONS: Option[] = [
  { value: 'pregnant', label: '怀孕中' },
  { value: 'born', label: '已出生（补登）' },
];
