// The search index every request of this process shares. Every write that search can see (filing,
// status, correction, offer) stamps a fresh generation and bumps a sequence number in its own
// transaction, recording which institution it changed (touchNurseryGeneration); a search reads the
// stamp — one primary-key read — and when it has no index for it, takes the newest index it has and
// reloads just the institutions changed since (nurseryChangesBetween), or builds a new one when the
// changes are too many or not all recorded. So a revoked institution is gone from the very next
// search, in this process and in every other gateway behind the load balancer, a rolled-back write
// never reaches an index, and a change costs a few rows, not every institution.
import type { Kysely } from 'kysely';
import type { SearchableNursery } from '../../../domain/nursery/filters';
import { NurseryIndex } from '../../../domain/nursery/spatialIndex';
import {
  filedInstitutionsWithClasses,
  nurseryChangesBetween,
  nurseryIndexState,
  type ClassRow,
  type InstitutionRow,
} from '../../db/repos/nurseries';
import type { Database } from '../../db/tables';
import { searchableOf } from './record';

// Two: the current one and, briefly, the one a slow request may still be reading.
const KEEP = 2;
/** Past this many changed institutions since the tree was built, a full build is cheaper than the one-by-one look. */
export const MAX_CHANGED = 500;

interface Built {
  seq: number;
  index: Promise<NurseryIndex>;
}
const built = new Map<string, Built>();

function searchables(rows: readonly InstitutionRow[], classes: readonly ClassRow[]): SearchableNursery[] {
  const byInstitution = new Map<string, ClassRow[]>();
  for (const c of classes) {
    const list = byInstitution.get(c.institution_id);
    if (list) list.push(c);
    else byInstitution.set(c.institution_id, [c]);
  }
  return rows.map((r) => searchableOf(r, byInstitution.get(r.id) ?? []));
}

export async function buildNurseryIndex(db: Kysely<Database>): Promise<NurseryIndex> {
  const { rows, classes } = await filedInstitutionsWithClasses(db);
  return new NurseryIndex(searchables(rows, classes));
}

/** `previous` (built at `fromSeq`) brought to `toSeq`; a full build when a change is missing or they are too many. */
export async function updatedNurseryIndex(
  db: Kysely<Database>,
  previous: NurseryIndex,
  fromSeq: number,
  toSeq: number,
): Promise<NurseryIndex> {
  const changes = await nurseryChangesBetween(db, fromSeq, toSeq);
  const ids = [...new Set(changes.map((c) => c.institution_id))];
  if (changes.length !== toSeq - fromSeq || previous.changedCount + ids.length > MAX_CHANGED) return buildNurseryIndex(db);
  const { rows, classes } = await filedInstitutionsWithClasses(db, ids);
  const present = new Set(rows.map((r) => r.id));
  return previous.withChanges(
    searchables(rows, classes),
    ids.filter((id) => !present.has(id)),
  );
}

/** The index for the database's current generation; requests arriving together share one build. */
export async function searchIndexFor(db: Kysely<Database>): Promise<NurseryIndex> {
  const state = await nurseryIndexState(db);
  const known = built.get(state.generation);
  if (known) return known.index;
  // The newest index this process has, if it is behind the database (not a newer one a racing request saw).
  let base: Built | undefined;
  for (const b of built.values()) if (b.seq < state.seq && (!base || b.seq > base.seq)) base = b;
  const from = base;
  const index = (
    from ? from.index.then((previous) => updatedNurseryIndex(db, previous, from.seq, state.seq)) : buildNurseryIndex(db)
  ).catch((e: unknown) => {
    built.delete(state.generation);
    throw e;
  });
  built.set(state.generation, { seq: state.seq, index });
  while (built.size > KEEP) built.delete(built.keys().next().value!);
  return index;
}
