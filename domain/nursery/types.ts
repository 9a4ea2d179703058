// 托育 (docs/decisions.md §4, seed 二(三)): licensed nurseries, what they offer, the parent's search,
// visits and place applications, the operator's and the health bureau's side.
import type { TownshipCode } from '../place/townships';

export type FilingStatus = 'filed' | 'pending' | 'revoked';
/** 公办 / 普惠性民办 / 营利性. */
export type Ownership = 'public' | 'puhui' | 'for_profit';
export type CareType = 'full_day' | 'half_day' | 'hourly' | 'temporary';
/** 乳儿班 6–12 m, 托小班 12–24 m, 托大班 24–36 m, 混龄班 18–36 m. */
export type ClassKind = 'infant' | 'toddler' | 'senior' | 'mixed';
export type InspectionResult = 'pass' | 'rectify' | 'fail';

export interface LatLng {
  lat: number;
  lng: number;
}

export interface NurseryClass {
  kind: ClassKind;
  capacity: number;
  enrolled: number;
  /** capacity − enrolled, never below 0. */
  vacancies: number;
  /** 保育费 per month for this class, fen. */
  careFeeMonthlyFen: number;
}

export interface OtherFee {
  name: string; // e.g. '被褥费'
  amountFen: number;
  per: 'month' | 'term' | 'once';
}

export interface Inspection {
  date: string; // YYYY-MM-DD
  result: InspectionResult;
  notes: string;
}

export interface VisitSlot {
  id: string;
  /** 'YYYY-MM-DDTHH:mm', Beijing time. */
  start: string;
  /** Minutes. */
  durationMin: number;
  capacity: number;
  booked: number;
}

/** Everything a parent sees on the detail page. */
export interface NurseryDetail {
  id: string;
  name: string;
  filingNumber: string; // 备案 number
  filingStatus: FilingStatus;
  ownership: Ownership;
  /** 示范性托育机构 (seed 二(三)2). */
  demonstration: boolean;
  /** A kindergarten's 托班 rather than a stand-alone nursery. */
  kindergartenClass: boolean;
  township: TownshipCode;
  address: string;
  location: LatLng;
  phone: string;
  /** e.g. '周一至周五 7:30—17:30'. */
  hours: string;
  careTypes: CareType[];
  classes: NurseryClass[];
  mealsMonthlyFen: number;
  otherFees: OtherFee[];
  /** Caregivers on staff (the ratio is shown against the children enrolled). */
  caregivers: number;
  grade?: '一级' | '二级' | '三级';
  photos: string[];
  latestInspection?: Inspection;
  inspections: Inspection[];
  /** Bookable visit slots from today on. */
  visitSlots: VisitSlot[];
  /** Sample data, not a real institution (the seed marks the whole sample). */
  sample: boolean;
}

export interface NurserySearchInput {
  /** From the phone's location (with permission) … */
  near?: LatLng;
  /** … or from a township's centre. One of the two is required. */
  township?: TownshipCode;
  /** The child's age in months (from the family record or typed): only classes that fit it. */
  ageMonths?: number;
  puhuiOnly?: boolean;
  withVacancy?: boolean;
  careType?: CareType;
  /** Page size, at most 50; default 20. */
  limit?: number;
  /** For the next page: how many already shown. */
  offset?: number;
}

/** A search result: the detail page's own facts of the institution, and what the search worked out. */
export interface NurseryListItem extends Pick<
  NurseryDetail,
  'id' | 'name' | 'ownership' | 'demonstration' | 'kindergartenClass' | 'township' | 'address' | 'location' | 'grade'
> {
  distanceM: number;
  /** Classes that fit the age asked for (all classes when no age), with their vacancies. */
  classes: { kind: ClassKind; vacancies: number }[];
  careFeeFromFen: number;
  careFeeToFen: number;
}

export interface NurserySearchResult {
  origin: LatLng;
  items: NurseryListItem[];
  /** Whether more results exist past this page. */
  more: boolean;
}

export type NurseryRequestKind = 'visit' | 'place';
export type NurseryRequestStatus = 'submitted' | 'accepted' | 'declined' | 'cancelled';

export interface BookVisitInput {
  institutionId: string;
  slotId: string;
  /** How many adults come (1–3). */
  visitors: number;
  /** Optional: which child it is for. */
  childId?: string;
  /** A number to call back on; without it, the phone of the parent's own 生育登记. */
  phone?: string;
}

export interface ApplyPlaceInput {
  institutionId: string;
  classKind: ClassKind;
  careType: CareType;
  childId: string;
  /** 'YYYY-MM': the month the child would start. */
  startMonth: string;
  note?: string;
  /** A number to call back on; without it, the phone of the parent's own 生育登记. */
  phone?: string;
}

export interface NurseryRequestView {
  id: string;
  number: string; // 'TY533123' + year + sequence
  kind: NurseryRequestKind;
  status: NurseryRequestStatus;
  statusText: string;
  institution: { id: string; name: string; address: string; phone: string };
  /** visit: the slot; place: class, care type, start month and the child. */
  slot?: { start: string; durationMin: number };
  visitors?: number;
  classKind?: ClassKind;
  careType?: CareType;
  startMonth?: string;
  child?: { id: string; name: string; birthDate: string };
  note?: string;
  /** The operator's answer. */
  answer?: string;
  createdAt: string;
  updatedAt: string;
}

// ---- the operator's and the bureau's side --------------------------------------------------------

/** What an operator keeps current. */
export interface NurseryOfferInput {
  classes: { kind: ClassKind; capacity: number; enrolled: number; careFeeMonthlyFen: number }[];
  mealsMonthlyFen: number;
  otherFees: OtherFee[];
  hours: string;
  careTypes: CareType[];
  caregivers: number;
}

/** What the bureau files (备案) or corrects: the institution's own facts on the detail page. */
export type InstitutionInput = Pick<
  NurseryDetail,
  | 'name'
  | 'filingNumber'
  | 'ownership'
  | 'demonstration'
  | 'kindergartenClass'
  | 'township'
  | 'address'
  | 'location'
  | 'phone'
  | 'hours'
  | 'careTypes'
  | 'caregivers'
  | 'grade'
>;

export interface OperatorRequestItem extends NurseryRequestView {
  /** The parent's name and masked phone, for the operator to call back. */
  parentName: string;
  parentPhoneMasked: string;
}

export interface SupplyRow {
  /** A township code, or 'county'. */
  area: TownshipCode | 'county';
  residents: number;
  slots: number;
  puhuiSlots: number;
  slotsPer1000: number;
  puhuiPer1000: number;
}

export interface SupplyReport {
  /** The targets with their source (新建住宅区 4.5 per 1000; 普惠 2.7; 附件2 yearly totals). */
  targets: { per1000: number; puhuiPer1000: number; source: string };
  yearly: { year: number; slots: number; puhuiSlots: number; source: string }[];
  rows: SupplyRow[];
  /** Slots counted only from filed institutions. */
  filedInstitutions: number;
}
