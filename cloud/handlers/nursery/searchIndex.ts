// The search index every request of this process shares. Every write that search can see (filing,
// status, correction, offer) stamps a fresh generation in its own transaction
// (touchNurseryGeneration); a search reads the stamp — one primary-key read — and builds a new index
// when it has none for it. So a revoked institution is gone from the very next search, in this
// process and in every other gateway behind the load balancer, and a rolled-back write never
// reaches an index.
import type { Kysely } from 'kysely';
import type { SearchableNursery } from '../../../domain/nursery/filters';
import { NurseryIndex } from '../../../domain/nursery/spatialIndex';
import { filedInstitutionsWithClasses, nurseryGeneration } from '../../db/repos/nurseries';
import type { Database } from '../../db/tables';
import { searchableOf } from './record';

// Two: the current one and, briefly, the one a slow request may still be reading.
const KEEP = 2;
const built = new Map<string, Promise<NurseryIndex>>();

async function build(db: Kysely<Database>): Promise<NurseryIndex> {
  const { rows, classes } = await filedInstitutionsWithClasses(db);
  const byInstitution = new Map<string, typeof classes>();
  for (const c of classes) {
    const list = byInstitution.get(c.institution_id);
    if (list) list.push(c);
    else byInstitution.set(c.institution_id, [c]);
  }
  const items: SearchableNursery[] = rows.map((r) => searchableOf(r, byInstitution.get(r.id) ?? []));
  return new NurseryIndex(items);
}

/** The index for the database's current generation; requests arriving together share one build. */
export async function searchIndexFor(db: Kysely<Database>): Promise<NurseryIndex> {
  const generation = await nurseryGeneration(db);
  let index = built.get(generation);
  if (!index) {
    index = build(db).catch((e: unknown) => {
      built.delete(generation);
      throw e;
    });
    built.set(generation, index);
    while (built.size > KEEP) built.delete(built.keys().next().value!);
  }
  return index;
}
