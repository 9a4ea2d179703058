// Synthetic 托育机构 spread over Yunnan, for the benchmark and the index-vs-scan tests. Deterministic:
// the same count and seed give the same institutions. Not sample data for the app: names say 合成.
//
// Seven in ten sit around one of Yunnan's 16 prefecture seats (coordinates approximate), the rest
// anywhere in the province's bounding box. The `township` column only takes 盈江's codes, so
// generated institutions carry one in rotation: it means nothing outside 盈江.
import type { Insertable } from 'kysely';
import { CLASS_KINDS, CLASS_RULES } from '../domain/nursery/classRules';
import type { CareType, ClassKind, Ownership } from '../domain/nursery/types';
import { TOWNSHIP_CODES } from '../domain/place/townships';
import type { NewClass } from '../cloud/db/repos/nurseries';
import type { NurseryInstitutionsTable } from '../cloud/db/tables';

export const YUNNAN_BOUNDS = { minLat: 21.13, maxLat: 29.25, minLng: 97.52, maxLng: 106.2 } as const;

export const YUNNAN_CITIES: readonly { name: string; lat: number; lng: number }[] = [
  { name: '昆明', lat: 25.04, lng: 102.71 },
  { name: '曲靖', lat: 25.49, lng: 103.8 },
  { name: '玉溪', lat: 24.35, lng: 102.54 },
  { name: '保山', lat: 25.11, lng: 99.16 },
  { name: '昭通', lat: 27.34, lng: 103.72 },
  { name: '丽江', lat: 26.86, lng: 100.23 },
  { name: '普洱', lat: 22.79, lng: 100.97 },
  { name: '临沧', lat: 23.88, lng: 100.09 },
  { name: '楚雄', lat: 25.03, lng: 101.55 },
  { name: '蒙自', lat: 23.36, lng: 103.38 },
  { name: '文山', lat: 23.37, lng: 104.24 },
  { name: '景洪', lat: 22.01, lng: 100.8 },
  { name: '大理', lat: 25.61, lng: 100.27 },
  { name: '芒市', lat: 24.43, lng: 98.58 },
  { name: '泸水', lat: 25.82, lng: 98.86 },
  { name: '香格里拉', lat: 27.83, lng: 99.71 },
];

/** mulberry32: a small, fast, seedable PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Unique for i < 600 000: a block of region digits, the year, a serial (see FILING_NUMBER_PATTERN). */
export function generatedFilingNumber(i: number): string {
  const block = String(1000 + Math.floor(i / 60_000)).slice(-4);
  return `53${block}BA${2020 + (i % 6)}${String(Math.floor(i / 6) % 10_000).padStart(4, '0')}`;
}

export interface GeneratedInstitution {
  row: Insertable<NurseryInstitutionsTable>;
  classes: NewClass[];
}

export function generateInstitutions(count: number, seed = 20_261_128, createdAt = '2026-01-01T00:00:00.000Z'): GeneratedInstitution[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const out: GeneratedInstitution[] = [];
  for (let i = 0; i < count; i += 1) {
    let lat: number;
    let lng: number;
    if (random() < 0.7) {
      const city = pick(YUNNAN_CITIES);
      lat = city.lat + gaussian(random) * 0.25;
      lng = city.lng + gaussian(random) * 0.25;
    } else {
      lat = YUNNAN_BOUNDS.minLat + random() * (YUNNAN_BOUNDS.maxLat - YUNNAN_BOUNDS.minLat);
      lng = YUNNAN_BOUNDS.minLng + random() * (YUNNAN_BOUNDS.maxLng - YUNNAN_BOUNDS.minLng);
    }
    lat = clamp(lat, YUNNAN_BOUNDS.minLat, YUNNAN_BOUNDS.maxLat);
    lng = clamp(lng, YUNNAN_BOUNDS.minLng, YUNNAN_BOUNDS.maxLng);

    const r = random();
    const ownership: Ownership = r < 0.35 ? 'public' : r < 0.7 ? 'puhui' : 'for_profit';
    const s = random();
    const status = s < 0.95 ? 'filed' : s < 0.98 ? 'pending' : 'revoked';
    const kinds = new Set<ClassKind>();
    const classCount = 1 + Math.floor(random() * 3);
    while (kinds.size < classCount) kinds.add(pick(CLASS_KINDS));
    const baseFee = ownership === 'for_profit' ? 1500 : ownership === 'puhui' ? 900 : 600;
    const classes: NewClass[] = [...kinds].map((kind) => {
      const capacity = Math.max(1, CLASS_RULES[kind].maxChildren - Math.floor(random() * 5));
      // About a third of classes are full.
      const enrolled = random() < 0.33 ? capacity : Math.floor(random() * capacity);
      return { kind, capacity, enrolled, care_fee_monthly_fen: (baseFee + Math.floor(random() * 5) * 100) * 100 };
    });
    const careTypes: CareType[] = ['full_day'];
    if (random() < 0.6) careTypes.push('half_day');
    if (random() < 0.3) careTypes.push('hourly');
    if (random() < 0.2) careTypes.push('temporary');

    out.push({
      row: {
        id: `gen-${String(i).padStart(7, '0')}`,
        name: `合成托育机构${i + 1}号`,
        filing_number: generatedFilingNumber(i),
        filing_status: status,
        status_reason: status === 'filed' ? null : '合成数据',
        ownership,
        demonstration: random() < 0.01 ? 1 : 0,
        kindergarten_class: random() < 0.2 ? 1 : 0,
        township: TOWNSHIP_CODES[i % TOWNSHIP_CODES.length]!,
        address: `云南省合成地址${i + 1}号`,
        lat: Number(lat.toFixed(6)),
        lng: Number(lng.toFixed(6)),
        phone: '0692-8000000',
        hours: '周一至周五 7:30—17:30',
        care_types_json: JSON.stringify(careTypes),
        meals_monthly_fen: 30_000,
        other_fees_json: '[]',
        caregivers: classes.reduce((n, c) => n + Math.ceil(c.enrolled / 3), 0),
        grade: null,
        photos_json: '[]',
        sample: 1,
        created_at: createdAt,
        updated_at: createdAt,
      },
      classes,
    });
  }
  return out;
}

/** A random point in Yunnan's bounding box. */
export function randomYunnanPoint(random: () => number): { lat: number; lng: number } {
  return {
    lat: YUNNAN_BOUNDS.minLat + random() * (YUNNAN_BOUNDS.maxLat - YUNNAN_BOUNDS.minLat),
    lng: YUNNAN_BOUNDS.minLng + random() * (YUNNAN_BOUNDS.maxLng - YUNNAN_BOUNDS.minLng),
  };
}
