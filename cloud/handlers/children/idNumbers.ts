// Completes what the 0003 backfill could not do without the field key: a child whose case's hukou
// step was done before children existed has the number's lookup hash but not the number. Run after
// `migrate` by every start (gateway, CloudBase); idempotent and cheap once nothing is missing.
import type { Kysely } from 'kysely';
import type { StepResults } from '../../../domain/birth/types';
import { stepOf } from '../../db/repos/birthCases';
import { childrenMissingIdNumber, updateChild } from '../../db/repos/children';
import type { Database } from '../../db/tables';
import type { FieldCrypto } from '../../security/fieldCrypto';
import { resultOf } from '../birth/record';

export async function fillChildIdNumbers(db: Kysely<Database>, crypto: FieldCrypto): Promise<number> {
  let filled = 0;
  for (const child of await childrenMissingIdNumber(db)) {
    if (!child.birth_case_id) continue;
    const step = await stepOf(db, child.birth_case_id, 'hukou');
    const result = resultOf<'hukou'>(step, crypto) as StepResults['hukou'] | undefined;
    if (!result || crypto.hash(result.childIdNumber) !== child.id_number_hash) continue;
    await updateChild(db, child.id, { id_number_enc: crypto.encrypt(result.childIdNumber) });
    filled += 1;
  }
  return filled;
}
