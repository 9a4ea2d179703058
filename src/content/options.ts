import { ETHNICITIES } from '@domain/people/ethnicities';
import { TOWNSHIPS } from '@domain/place/townships';
import { BIRTH_ELSEWHERE, HOSPITALS } from '@domain/birth/hospitals';
import type { Option } from '@/components/form/controlProps';

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

export const YES_NO_OPTIONS: Option[] = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
];

export const HOSPITAL_OPTIONS: Option[] = HOSPITALS.map((h) => ({ value: h.id, label: h.name }));

export const BIRTH_PLACE_OPTIONS: Option[] = [...HOSPITAL_OPTIONS, { value: BIRTH_ELSEWHERE, label: '其他（在家、途中或县外医疗机构）' }];

export const HEAD_RELATION_OPTIONS: Option[] = [
  { value: 'father', label: '父亲' },
  { value: 'mother', label: '母亲' },
  { value: 'grandfather', label: '祖父/外祖父' },
  { value: 'grandmother', label: '祖母/外祖母' },
  { value: 'other', label: '其他亲属' },
];

export const DELIVERY_OPTIONS: Option[] = [
  { value: 'pickup', label: '到乡镇便民服务中心领取' },
  { value: 'post', label: '邮寄到家' },
];
