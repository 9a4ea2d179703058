// The nursery search index takes in a change by reloading the changed institution only
// (cloud/handlers/nursery/searchIndex.ts): after every kind of change — moved, revoked, filed again,
// a class filled, a new institution, several at once, a change not recorded (bulk load) — its answers
// are the answers of an index built from scratch, for searches all over the province.
import { insertInstitutionsBatch, touchNurseryGeneration } from '../../cloud/db/repos/nurseries';
import { buildNurseryIndex, searchIndexFor } from '../../cloud/handlers/nursery/searchIndex';
import type { NearestQuery } from '../../domain/nursery/spatialIndex';
import { generateInstitutions, randomYunnanPoint, seededRandom } from '../../scripts/nurseryGenerator';
import { createHarness, type Harness } from './harness';

jest.setTimeout(120_000);

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await insertInstitutionsBatch(h.db, generateInstitutions(400, 77));
  await touchNurseryGeneration(h.db);
});
afterAll(async () => {
  await h.close();
});

const random = seededRandom(5);
const QUERIES: NearestQuery[] = Array.from({ length: 25 }, (_, i) => ({
  origin: randomYunnanPoint(random),
  filter: i % 3 === 0 ? { ageMonths: 20, withVacancy: true } : i % 3 === 1 ? { puhuiOnly: true } : {},
  offset: i % 4 === 0 ? 20 : 0,
  limit: 20,
}));

async function expectSameAsRebuild(): Promise<void> {
  const [incremental, rebuilt] = [await searchIndexFor(h.db), await buildNurseryIndex(h.db)];
  expect(incremental.size).toBe(rebuilt.size);
  for (const q of QUERIES) {
    const a = incremental.nearest(q);
    const b = rebuilt.nearest(q);
    expect(a.more).toBe(b.more);
    expect(a.hits.map((x) => [x.item.id, Math.round(x.distanceM), x.item.name, x.item.classes.map((c) => c.vacancies)])).toEqual(
      b.hits.map((x) => [x.item.id, Math.round(x.distanceM), x.item.name, x.item.classes.map((c) => c.vacancies)]),
    );
  }
}

async function ids(n: number, offset = 0): Promise<string[]> {
  return (
    await h.db
      .selectFrom('nursery_institutions')
      .select('id')
      .where('filing_status', '=', 'filed')
      .orderBy('id')
      .offset(offset)
      .limit(n)
      .execute()
  ).map((r) => r.id);
}

/** A write as the handlers make it: the row changes and the generation records the institution. */
async function change(id: string, set: Record<string, unknown>): Promise<void> {
  await h.db.transaction().execute(async (trx) => {
    await trx.updateTable('nursery_institutions').set(set).where('id', '=', id).execute();
    await touchNurseryGeneration(trx, id);
  });
}

test('every kind of change gives the answers of a rebuilt index', async () => {
  await expectSameAsRebuild();
  const [moved, revoked, renamed, filled] = await ids(4, 10);
  // Moved across the province, next to the first query's origin.
  await change(moved!, { lat: QUERIES[0]!.origin.lat + 0.001, lng: QUERIES[0]!.origin.lng });
  await expectSameAsRebuild();
  // Taken in without a rebuild: the tree is the old one, the moved institution looked at by itself.
  expect((await searchIndexFor(h.db)).changedCount).toBe(1);
  expect((await searchIndexFor(h.db)).nearest(QUERIES[2]!).hits.length).toBeGreaterThan(0);
  await change(revoked!, { filing_status: 'revoked' });
  await expectSameAsRebuild();
  await change(renamed!, { name: '改名后的托育园' });
  await expectSameAsRebuild();
  // A class filled up: the vacancy filter sees it.
  await h.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('nursery_classes')
      .set((eb) => ({ enrolled: eb.ref('capacity') }))
      .where('institution_id', '=', filled!)
      .execute();
    await touchNurseryGeneration(trx, filled!);
  });
  await expectSameAsRebuild();
  // Filed again, then moved once more: the latest version wins.
  await change(revoked!, { filing_status: 'filed' });
  await change(revoked!, { lat: QUERIES[1]!.origin.lat, lng: QUERIES[1]!.origin.lng + 0.002 });
  await expectSameAsRebuild();
  // A new institution.
  const [fresh] = generateInstitutions(1, 991);
  await h.db.transaction().execute(async (trx) => {
    await insertInstitutionsBatch(trx, [
      {
        ...fresh!,
        row: { ...fresh!.row, id: 'fresh-one', filing_number: 'FRESH-0001', lat: QUERIES[3]!.origin.lat, lng: QUERIES[3]!.origin.lng },
      },
    ]);
    await touchNurseryGeneration(trx, 'fresh-one');
  });
  await expectSameAsRebuild();
  expect((await searchIndexFor(h.db)).nearest({ ...QUERIES[3]!, filter: {}, offset: 0 }).hits[0]!.item.id).toBe('fresh-one');
});

test('many changes at once, and a change no one recorded, still match a rebuild', async () => {
  await expectSameAsRebuild();
  for (const id of await ids(30, 100)) await change(id, { lng: 100 + Math.random() });
  await expectSameAsRebuild();
  // A bulk load stamps the generation without naming institutions: the index is rebuilt.
  await h.db
    .updateTable('nursery_institutions')
    .set({ filing_status: 'revoked' })
    .where('id', 'in', await ids(5, 200))
    .execute();
  await touchNurseryGeneration(h.db);
  await expectSameAsRebuild();
});
