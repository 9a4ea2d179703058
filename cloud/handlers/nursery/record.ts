// From stored rows to what callers see: the detail page, and the search index's entries.
import type { Kysely } from 'kysely';
import { vacanciesOf, type SearchableNursery } from '../../../domain/nursery/filters';
import type { CareType, NurseryDetail, OtherFee } from '../../../domain/nursery/types';
import type { TownshipCode } from '../../../domain/place/townships';
import { shanghaiLocal } from '../../../domain/nursery/slotTime';
import { pageUrl } from '../../../domain/routes';
import {
  classesOf,
  inspectionsOf,
  slotsFrom,
  type ClassRow,
  type InspectionRow,
  type InstitutionRow,
  type SlotRow,
} from '../../db/repos/nurseries';
import type { Database } from '../../db/tables';

export const NURSERY_NOT_FOUND = '未找到该托育机构，或该机构尚未完成备案';

export function nurseryRequestLink(id: string): string {
  return pageUrl('/packages/nursery/request/index', { id });
}

/** What the search index and the detail page both tell of an institution. */
function factsOf(row: InstitutionRow) {
  return {
    id: row.id,
    name: row.name,
    ownership: row.ownership,
    demonstration: row.demonstration === 1,
    kindergartenClass: row.kindergarten_class === 1,
    township: row.township as TownshipCode,
    address: row.address,
    careTypes: JSON.parse(row.care_types_json) as CareType[],
    ...(row.grade ? { grade: row.grade } : {}),
  };
}

export function searchableOf(row: InstitutionRow, classes: readonly ClassRow[]): SearchableNursery {
  return {
    ...factsOf(row),
    lat: row.lat,
    lng: row.lng,
    classes: classes.map((c) => ({ kind: c.kind, vacancies: vacanciesOf(c), careFeeMonthlyFen: c.care_fee_monthly_fen })),
  };
}

function inspectionOf(r: InspectionRow) {
  return { date: r.date, result: r.result, notes: r.notes };
}

export function detailOf(
  row: InstitutionRow,
  classes: readonly ClassRow[],
  inspections: readonly InspectionRow[],
  slots: readonly SlotRow[],
): NurseryDetail {
  const shown = inspections.map(inspectionOf);
  return {
    ...factsOf(row),
    filingNumber: row.filing_number,
    filingStatus: row.filing_status,
    location: { lat: row.lat, lng: row.lng },
    phone: row.phone,
    hours: row.hours,
    classes: classes.map((c) => ({
      kind: c.kind,
      capacity: c.capacity,
      enrolled: c.enrolled,
      vacancies: vacanciesOf(c),
      careFeeMonthlyFen: c.care_fee_monthly_fen,
    })),
    mealsMonthlyFen: row.meals_monthly_fen,
    otherFees: JSON.parse(row.other_fees_json) as OtherFee[],
    caregivers: row.caregivers,
    photos: JSON.parse(row.photos_json) as string[],
    ...(shown[0] ? { latestInspection: shown[0] } : {}),
    inspections: shown,
    visitSlots: slots.map((s) => ({ id: s.id, start: s.start, durationMin: s.duration_min, capacity: s.capacity, booked: s.booked })),
    sample: row.sample === 1,
  };
}

/**
 * The detail with its classes, inspections and visit slots. Parents see slots not yet begun; staff
 * (operator, bureau) see every slot from the start of today, booked or not.
 */
export async function loadDetail(
  db: Kysely<Database>,
  row: InstitutionRow,
  now: Date,
  audience: 'parent' | 'staff',
): Promise<NurseryDetail> {
  const local = shanghaiLocal(now);
  const from = audience === 'parent' ? local : `${local.slice(0, 10)}T00:00`;
  const [classes, inspections, slots] = await Promise.all([classesOf(db, row.id), inspectionsOf(db, row.id), slotsFrom(db, row.id, from)]);
  // A slot starting this very minute is no longer bookable.
  const shown = audience === 'parent' ? slots.filter((s) => s.start > local) : slots;
  return detailOf(row, classes, inspections, shown);
}
