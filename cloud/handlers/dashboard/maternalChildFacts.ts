// Where the dashboard gets the 妇幼 facts from. THE ONE PLACE TO WIRE: once the 母婴健康 repositories
// are merged, return `pregnancyFacts(db, { township })` (cloud/db/repos/pregnancies.ts) and
// `childHealthFacts(db, { township })` (cloud/db/repos/childHealth.ts) here. Until then there are no
// records to count, and the dashboard and the report say so (暂无记录) — never made-up figures.
import type { Kysely } from 'kysely';
import type { ChildHealthFact, PregnancyFact } from '../../../domain/dashboard/maternalChildFacts';
import type { TownshipCode } from '../../../domain/place/townships';
import type { Database } from '../../db/tables';

export interface MaternalChildFacts {
  pregnancies: PregnancyFact[];
  children: ChildHealthFact[];
}

export async function loadMaternalChildFacts(_db: Kysely<Database>, _scope: { township?: TownshipCode }): Promise<MaternalChildFacts> {
  return { pregnancies: [], children: [] };
}
