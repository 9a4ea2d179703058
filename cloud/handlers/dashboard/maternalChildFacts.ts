// Where the dashboard gets the 妇幼 facts from: the pregnancies and the children's health checks, as
// their repositories read them (dates and colours only, never a name).
import type { Kysely } from 'kysely';
import type { ChildHealthFact, PregnancyFact } from '../../../domain/dashboard/maternalChildFacts';
import type { TownshipCode } from '../../../domain/place/townships';
import { childHealthFacts } from '../../db/repos/childHealth';
import { pregnancyFacts } from '../../db/repos/pregnancies';
import type { Database } from '../../db/tables';

export interface MaternalChildFacts {
  pregnancies: PregnancyFact[];
  children: ChildHealthFact[];
}

export async function loadMaternalChildFacts(db: Kysely<Database>, scope: { township?: TownshipCode }): Promise<MaternalChildFacts> {
  return { pregnancies: await pregnancyFacts(db, scope), children: await childHealthFacts(db, scope) };
}
