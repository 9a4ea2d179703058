// Every change to an institution, shared by the operator's and the bureau's actions and by the seed.
// Each one that search can see stamps a new index generation in the same transaction.
import type * as v from 'valibot';
import type { offerSchema, institutionSchema } from '../../../domain/nursery/schema';
import type { FilingStatus, Inspection } from '../../../domain/nursery/types';
import type { Ctx } from '../../core/context';
import { conflict } from '../../core/errors';
import { newId } from '../../core/ids';
import {
  findInstitutionByFilingNumber,
  insertInspection,
  insertInstitution,
  insertSlot,
  replaceClasses,
  touchNurseryGeneration,
  updateInstitution,
  type InstitutionRow,
} from '../../db/repos/nurseries';
import { refusedAsDuplicate } from '../../db/uniqueViolation';

export type InstitutionFields = v.InferOutput<typeof institutionSchema>;
export type OfferFields = v.InferOutput<typeof offerSchema>;
type WriteDeps = Pick<Ctx, 'db' | 'clock'>;

function filingTaken(filingNumber: string): Error {
  return conflict(`备案编号 ${filingNumber} 已被其他机构使用，请核对`);
}

function institutionColumns(input: InstitutionFields) {
  return {
    name: input.name,
    filing_number: input.filingNumber,
    ownership: input.ownership,
    demonstration: input.demonstration ? 1 : 0,
    kindergarten_class: input.kindergartenClass ? 1 : 0,
    township: input.township,
    address: input.address,
    lat: input.location.lat,
    lng: input.location.lng,
    phone: input.phone,
    hours: input.hours,
    care_types_json: JSON.stringify(input.careTypes),
    caregivers: input.caregivers,
    grade: input.grade ?? null,
  };
}

/** A new 备案: filed from the start (the bureau files what it has received); classes come from the operator. */
export async function fileNewInstitution(
  deps: WriteDeps,
  input: InstitutionFields,
  options: { sample?: boolean; status?: FilingStatus } = {},
): Promise<string> {
  if (await findInstitutionByFilingNumber(deps.db, input.filingNumber)) throw filingTaken(input.filingNumber);
  const at = deps.clock.now().toISOString();
  const id = newId();
  await refusedAsDuplicate(
    () =>
      insertInstitution(deps.db, {
        id,
        ...institutionColumns(input),
        filing_status: options.status ?? 'filed',
        status_reason: null,
        meals_monthly_fen: 0,
        other_fees_json: '[]',
        photos_json: '[]',
        sample: options.sample ? 1 : 0,
        created_at: at,
        updated_at: at,
      }),
    () => filingTaken(input.filingNumber),
  );
  await touchNurseryGeneration(deps.db, id);
  return id;
}

/** The bureau corrects a filing; returns the names of the fields that changed (for the audit log). */
export async function correctInstitution(deps: WriteDeps, row: InstitutionRow, input: InstitutionFields): Promise<string[]> {
  if (input.filingNumber !== row.filing_number) {
    const other = await findInstitutionByFilingNumber(deps.db, input.filingNumber);
    if (other && other.id !== row.id) throw filingTaken(input.filingNumber);
  }
  const columns = institutionColumns(input);
  const changed = (Object.keys(columns) as (keyof typeof columns)[]).filter((k) => columns[k] !== row[k]);
  await refusedAsDuplicate(
    () => updateInstitution(deps.db, row.id, { ...columns, updated_at: deps.clock.now().toISOString() }),
    () => filingTaken(input.filingNumber),
  );
  await touchNurseryGeneration(deps.db, row.id);
  return changed;
}

export async function setStatus(deps: WriteDeps, id: string, status: FilingStatus, reason: string): Promise<void> {
  await updateInstitution(deps.db, id, { filing_status: status, status_reason: reason, updated_at: deps.clock.now().toISOString() });
  await touchNurseryGeneration(deps.db, id);
}

export async function setOffer(deps: WriteDeps, id: string, offer: OfferFields): Promise<void> {
  await replaceClasses(
    deps.db,
    id,
    offer.classes.map((c) => ({ kind: c.kind, capacity: c.capacity, enrolled: c.enrolled, care_fee_monthly_fen: c.careFeeMonthlyFen })),
  );
  await updateInstitution(deps.db, id, {
    meals_monthly_fen: offer.mealsMonthlyFen,
    other_fees_json: JSON.stringify(offer.otherFees),
    hours: offer.hours,
    care_types_json: JSON.stringify(offer.careTypes),
    caregivers: offer.caregivers,
    updated_at: deps.clock.now().toISOString(),
  });
  await touchNurseryGeneration(deps.db, id);
}

export async function addSlot(
  deps: WriteDeps,
  institutionId: string,
  slot: { start: string; durationMin: number; capacity: number },
): Promise<string> {
  const id = newId();
  await insertSlot(deps.db, {
    id,
    institution_id: institutionId,
    start: slot.start,
    duration_min: slot.durationMin,
    capacity: slot.capacity,
    booked: 0,
    created_at: deps.clock.now().toISOString(),
  });
  return id;
}

export async function addInspection(
  deps: WriteDeps,
  institutionId: string,
  inspection: Inspection,
  recordedBy: string | null,
): Promise<void> {
  await insertInspection(deps.db, {
    id: newId(),
    institution_id: institutionId,
    date: inspection.date,
    result: inspection.result,
    notes: inspection.notes,
    recorded_by: recordedBy,
    recorded_at: deps.clock.now().toISOString(),
  });
}
