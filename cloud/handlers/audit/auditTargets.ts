// What an audit entry's target is, in words a clerk reads: a record's number (生育登记, 办件, 申领,
// 发放批次, 托育申请), an institution's name, a staff member's name, a report's year and scope. Looked
// up for one page of entries at a time. A child is not named: the log says what was done, not to
// which child (the record id stays beside it for a query).
import type { Kysely } from 'kysely';
import { BUNDLE_STEPS } from '../../../domain/birth/bundleGraph';
import { isTownshipCode, townshipName } from '../../../domain/place/townships';
import { recordNumbers, type NumberedTable } from '../../db/repos/audit';
import { institutionNames } from '../../db/repos/nurseries';
import { verifiedNames } from '../../db/repos/users';
import type { Database } from '../../db/tables';

interface Target {
  target_type: string;
  target_id: string;
}

const NUMBERED: Readonly<Record<string, NumberedTable>> = {
  registration: 'registrations',
  birth_case: 'birth_cases',
  subsidy_application: 'subsidy_applications',
  payout_batch: 'payout_batches',
  nursery_request: 'nursery_requests',
};

const POLICY_SETTING_NAMES: Readonly<Record<string, string>> = { countyChildcareAfter2025: '县育儿补助（800元/年）2025年后是否继续发放' };

function scopeText(code: string): string {
  if (code === 'county' || code === '*') return '全县';
  return isTownshipCode(code) ? townshipName(code) : code;
}

/** Fixed texts that need no lookup; undefined when the id names nothing readable. */
function fixedName(t: Target): string | undefined {
  if (t.target_id === '*') return '全部';
  if (t.target_type === 'dashboard') return scopeText(t.target_id);
  // An API action ('registration.get') names itself.
  if (t.target_type === 'action') return t.target_id;
  if (t.target_type === 'yearly_report') {
    const [year, scope] = t.target_id.split(':');
    return `${year}年度 ${scopeText(scope ?? 'county')}`;
  }
  if (t.target_type === 'bundle_step') return BUNDLE_STEPS.find((s) => s.key === t.target_id)?.title;
  if (t.target_type === 'policy_setting') return POLICY_SETTING_NAMES[t.target_id];
  return undefined;
}

/** `${target_type}:${target_id}` → a readable name, for the targets that have one. */
export async function targetNames(db: Kysely<Database>, targets: readonly Target[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const key = (type: string, id: string) => `${type}:${id}`;
  const idsOf = (type: string) => [
    ...new Set(targets.filter((t) => t.target_type === type && t.target_id !== '*').map((t) => t.target_id)),
  ];
  for (const t of targets) {
    const fixed = fixedName(t);
    if (fixed) names.set(key(t.target_type, t.target_id), fixed);
  }
  for (const [type, table] of Object.entries(NUMBERED)) {
    for (const [id, number] of await recordNumbers(db, table, idsOf(type))) names.set(key(type, id), number);
  }
  for (const [id, name] of await institutionNames(db, idsOf('nursery_institution'))) names.set(key('nursery_institution', id), name);
  for (const [id, name] of await verifiedNames(db, idsOf('user'))) {
    if (name) names.set(key('user', id), name);
  }
  return names;
}
