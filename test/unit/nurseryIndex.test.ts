// The spatial index must give exactly the linear scan's answer: same institutions, same order, same
// distances, same `more`, whatever the filters and the page.
import { searchableOf } from '../../cloud/handlers/nursery/record';
import type { NurseryFilter } from '../../domain/nursery/filters';
import { NurseryIndex, scanNearest, type NearestPage } from '../../domain/nursery/spatialIndex';
import { generateInstitutions, randomYunnanPoint, seededRandom } from '../../scripts/nurseryGenerator';

const generated = generateInstitutions(2000, 7);
const items = generated
  .filter((g) => g.row.filing_status === 'filed')
  .map((g) =>
    searchableOf(
      { ...g.row, status_reason: g.row.status_reason ?? null, grade: g.row.grade ?? null } as Parameters<typeof searchableOf>[0],
      g.classes.map((c, position) => ({ ...c, institution_id: g.row.id, position })),
    ),
  );
const index = new NurseryIndex(items);

const summary = (p: NearestPage) => ({ ids: p.hits.map((h) => h.item.id), distances: p.hits.map((h) => h.distanceM), more: p.more });

const FILTERS: NurseryFilter[] = [
  {},
  { ageMonths: 20, puhuiOnly: true, withVacancy: true },
  { ageMonths: 8 },
  { withVacancy: true, careType: 'hourly' },
  { ageMonths: 30, careType: 'temporary', puhuiOnly: true },
];

test('the generator is deterministic and mostly filed', () => {
  expect(generateInstitutions(50, 7).map((g) => g.row)).toEqual(generated.slice(0, 50).map((g) => g.row));
  expect(items.length).toBeGreaterThan(1800);
  expect(new Set(generated.map((g) => g.row.filing_number)).size).toBe(generated.length);
});

test('index equals scan on 300 random queries over 2000 institutions', () => {
  const random = seededRandom(99);
  for (let q = 0; q < 300; q += 1) {
    const query = {
      origin: randomYunnanPoint(random),
      filter: FILTERS[q % FILTERS.length]!,
      offset: q % 3 === 0 ? 20 : 0,
      limit: 1 + (q % 50),
    };
    const fromIndex = index.nearest(query);
    expect(summary(fromIndex)).toEqual(summary(scanNearest(items, query)));
    // Nearest first.
    const d = fromIndex.hits.map((h) => h.distanceM);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
  }
});

test('paging: pages join up to the full ordering; `more` is false at the end', () => {
  const query = { origin: { lat: 25.04, lng: 102.71 }, filter: { ageMonths: 8, careType: 'temporary' as const }, offset: 0, limit: 50 };
  const all = scanNearest(items, { ...query, limit: 5000 });
  expect(all.more).toBe(false);
  const pages: string[] = [];
  for (let offset = 0; ; offset += 50) {
    const page = index.nearest({ ...query, offset });
    pages.push(...page.hits.map((h) => h.item.id));
    if (!page.more) break;
  }
  expect(pages).toEqual(all.hits.map((h) => h.item.id));
});

test('an empty index answers nothing', () => {
  expect(new NurseryIndex([]).nearest({ origin: { lat: 24, lng: 98 }, filter: {}, offset: 0, limit: 20 })).toEqual({
    hits: [],
    more: false,
  });
});
