import type { InstitutionInput, NurseryDetail } from '@domain/nursery/types';
import type { TownshipCode } from '@domain/place/townships';
import { townshipByCode } from '@domain/place/townships';

// The 备案 form as typed: coordinates and counts as text, yes/no as 'yes' | 'no'.
export interface InstitutionForm {
  name: string;
  filingNumber: string;
  ownership: string;
  demonstration: string;
  kindergartenClass: string;
  township: string;
  address: string;
  lat: string;
  lng: string;
  phone: string;
  hours: string;
  careTypes: string[];
  caregivers: string;
  grade: string;
}

export const EMPTY_INSTITUTION: InstitutionForm = {
  name: '',
  filingNumber: '',
  ownership: '',
  demonstration: 'no',
  kindergartenClass: 'no',
  township: '',
  address: '',
  lat: '',
  lng: '',
  phone: '',
  hours: '周一至周五 7:30—17:30',
  careTypes: ['full_day'],
  caregivers: '',
  grade: '',
};

export function institutionFormOf(n: NurseryDetail): InstitutionForm {
  return {
    name: n.name,
    filingNumber: n.filingNumber,
    ownership: n.ownership,
    demonstration: n.demonstration ? 'yes' : 'no',
    kindergartenClass: n.kindergartenClass ? 'yes' : 'no',
    township: n.township,
    address: n.address,
    lat: String(n.location.lat),
    lng: String(n.location.lng),
    phone: n.phone,
    hours: n.hours,
    careTypes: [...n.careTypes],
    caregivers: String(n.caregivers),
    grade: n.grade ?? '',
  };
}

const decimal = (s: string) => (/^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);

/** Unchecked: the institution schema names whatever is wrong. */
export function institutionInputOf(f: InstitutionForm): InstitutionInput {
  return {
    name: f.name.trim(),
    filingNumber: f.filingNumber,
    ownership: f.ownership as InstitutionInput['ownership'],
    demonstration: f.demonstration === 'yes',
    kindergartenClass: f.kindergartenClass === 'yes',
    township: f.township as TownshipCode,
    address: f.address.trim(),
    location: { lat: decimal(f.lat), lng: decimal(f.lng) },
    phone: f.phone,
    hours: f.hours.trim(),
    careTypes: f.careTypes as InstitutionInput['careTypes'],
    caregivers: /^\d+$/.test(f.caregivers.trim()) ? Number(f.caregivers.trim()) : Number.NaN,
    ...(f.grade ? { grade: f.grade as NonNullable<InstitutionInput['grade']> } : {}),
  };
}

/** The township's centre, for an institution whose exact coordinates are not yet known. */
export function townshipCentre(code: string): { lat: string; lng: string } | null {
  const t = townshipByCode(code as TownshipCode);
  return t ? { lat: String(t.centre.lat), lng: String(t.centre.lng) } : null;
}
