import { ageInMonths, classFitsAge, kindsForAge } from '../../domain/nursery/ageFit';
import { caregiversNeeded, CLASS_RULES } from '../../domain/nursery/classRules';
import { distanceMetres } from '../../domain/nursery/distance';
import { isPuhui, listItem, matchesFilter, type SearchableNursery } from '../../domain/nursery/filters';
import { per1000, supplyReport } from '../../domain/nursery/supply';
import { TOWNSHIP_CODES } from '../../domain/place/townships';

describe('distance', () => {
  test('one degree of latitude is about 111.2 km; a point to itself is 0', () => {
    expect(distanceMetres({ lat: 24, lng: 98 }, { lat: 25, lng: 98 })).toBeCloseTo(111_195, -1);
    expect(distanceMetres({ lat: 24.71, lng: 97.94 }, { lat: 24.71, lng: 97.94 })).toBe(0);
  });
  test('平原镇 to 旧城镇 centres: about 13.8 km, the same both ways', () => {
    const a = { lat: 24.71, lng: 97.94 };
    const b = { lat: 24.78, lng: 98.05 };
    expect(distanceMetres(a, b)).toBeGreaterThan(13_500);
    expect(distanceMetres(a, b)).toBeLessThan(14_100);
    expect(distanceMetres(a, b)).toBeCloseTo(distanceMetres(b, a), 6);
  });
  test('longitude shrinks with latitude', () => {
    expect(distanceMetres({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).toBeGreaterThan(
      distanceMetres({ lat: 60, lng: 0 }, { lat: 60, lng: 1 }) * 1.9,
    );
  });
});

describe('age fit', () => {
  test('completed months: a day-of-month not yet reached does not count', () => {
    expect(ageInMonths('2025-03-15', '2026-11-14')).toBe(19);
    expect(ageInMonths('2025-03-15', '2026-11-15')).toBe(20);
    expect(ageInMonths('2026-11-01', '2026-11-28')).toBe(0);
  });
  test('ranges are [min, max): 12 months is 托小班, not 乳儿班', () => {
    expect(classFitsAge('infant', 5)).toBe(false);
    expect(classFitsAge('infant', 6)).toBe(true);
    expect(classFitsAge('infant', 12)).toBe(false);
    expect(classFitsAge('toddler', 12)).toBe(true);
    expect(classFitsAge('senior', 36)).toBe(false);
    expect(kindsForAge(20)).toEqual(['toddler', 'mixed']);
    expect(kindsForAge(30)).toEqual(['senior', 'mixed']);
    expect(kindsForAge(40)).toEqual([]);
  });
  test('class rules as docs/decisions.md §4 states them', () => {
    expect(Object.values(CLASS_RULES).map((r) => [r.name, r.minMonths, r.maxMonths, r.maxChildren, r.childrenPerCaregiver])).toEqual([
      ['乳儿班', 6, 12, 10, 3],
      ['托小班', 12, 24, 15, 5],
      ['托大班', 24, 36, 20, 7],
      ['混龄班', 18, 36, 18, 6],
    ]);
    expect(
      caregiversNeeded([
        { kind: 'infant', enrolled: 7 },
        { kind: 'senior', enrolled: 14 },
      ]),
    ).toBe(3 + 2);
  });
});

function nursery(over: Partial<SearchableNursery> = {}): SearchableNursery {
  return {
    id: 'n1',
    name: '样例',
    ownership: 'puhui',
    demonstration: false,
    kindergartenClass: false,
    township: 'pingyuan',
    address: '样例路',
    lat: 24.71,
    lng: 97.94,
    careTypes: ['full_day'],
    classes: [
      { kind: 'infant', vacancies: 0, careFeeMonthlyFen: 90_000 },
      { kind: 'toddler', vacancies: 2, careFeeMonthlyFen: 80_000 },
    ],
    ...over,
  };
}

describe('filters', () => {
  test('普惠 counts 公办 and 普惠性民办, not 营利性', () => {
    expect(isPuhui('public')).toBe(true);
    expect(isPuhui('puhui')).toBe(true);
    expect(isPuhui('for_profit')).toBe(false);
    expect(matchesFilter(nursery({ ownership: 'for_profit' }), { puhuiOnly: true })).toBe(false);
    expect(matchesFilter(nursery({ ownership: 'public' }), { puhuiOnly: true })).toBe(true);
  });
  test('age: some class must fit; vacancy: a fitting class must have one', () => {
    expect(matchesFilter(nursery(), { ageMonths: 8 })).toBe(true);
    expect(matchesFilter(nursery(), { ageMonths: 8, withVacancy: true })).toBe(false);
    expect(matchesFilter(nursery(), { ageMonths: 14, withVacancy: true })).toBe(true);
    expect(matchesFilter(nursery(), { ageMonths: 30 })).toBe(false);
    expect(matchesFilter(nursery(), { withVacancy: true })).toBe(true);
    expect(matchesFilter(nursery({ classes: [] }), { withVacancy: true })).toBe(false);
    expect(matchesFilter(nursery({ classes: [] }), {})).toBe(true);
  });
  test('care type', () => {
    expect(matchesFilter(nursery(), { careType: 'hourly' })).toBe(false);
    expect(matchesFilter(nursery({ careTypes: ['full_day', 'hourly'] }), { careType: 'hourly' })).toBe(true);
  });
  test('the list row shows the fitting classes and their fee range, distance in whole metres', () => {
    expect(listItem(nursery(), 1234.6, 8)).toMatchObject({
      distanceM: 1235,
      classes: [{ kind: 'infant', vacancies: 0 }],
      careFeeFromFen: 90_000,
      careFeeToFen: 90_000,
    });
    expect(listItem(nursery(), 10, undefined)).toMatchObject({
      classes: [{ kind: 'infant' }, { kind: 'toddler' }],
      careFeeFromFen: 80_000,
      careFeeToFen: 90_000,
    });
  });
});

describe('supply per 1000 residents', () => {
  test('two decimals; no residents → 0', () => {
    expect(per1000(1317, 292_508)).toBe(4.5);
    expect(per1000(790, 292_508)).toBe(2.7);
    expect(per1000(1, 3)).toBe(333.33);
    expect(per1000(5, 0)).toBe(0);
  });
  test('county row first, then every township; targets and 附件2 beside them', () => {
    const townships = Object.fromEntries(TOWNSHIP_CODES.map((c) => [c, 1000])) as Record<(typeof TOWNSHIP_CODES)[number], number>;
    const report = supplyReport(
      [
        { township: 'pingyuan', slots: 45, puhuiSlots: 27 },
        { township: 'pingyuan', slots: 5, puhuiSlots: 0 },
        { township: 'farm', slots: 3, puhuiSlots: 3 },
      ],
      4,
      { county: 20_000, townships },
    );
    expect(report.rows[0]).toEqual({ area: 'county', residents: 20_000, slots: 53, puhuiSlots: 30, slotsPer1000: 2.65, puhuiPer1000: 1.5 });
    expect(report.rows.find((r) => r.area === 'pingyuan')).toEqual({
      area: 'pingyuan',
      residents: 1000,
      slots: 50,
      puhuiSlots: 27,
      slotsPer1000: 50,
      puhuiPer1000: 27,
    });
    expect(report.rows.find((r) => r.area === 'zhina')).toMatchObject({ slots: 0, slotsPer1000: 0 });
    expect(report.rows).toHaveLength(1 + TOWNSHIP_CODES.length);
    expect(report.targets).toMatchObject({ per1000: 4.5, puhuiPer1000: 2.7 });
    expect(report.yearly.map((y) => [y.year, y.slots, y.puhuiSlots])).toEqual([
      [2023, 880, 529],
      [2024, 1172, 702],
      [2025, 1317, 790],
    ]);
    expect(report.filedInstitutions).toBe(4);
  });
});
