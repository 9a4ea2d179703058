// Regenerates domain/growth/whoGrowthData.ts from the WHO's own LMS tables, so every number in it
// can be traced to a file in a public repository of the World Health Organization:
//
//   WHO Child Growth Standards 2006, daily LMS (age 0–1826 days), as shipped in the WHO's R package
//   `anthro`: https://github.com/WorldHealthOrganization/anthro, data-raw/growthstandards/
//   {weianthro,lenanthro,hcanthro}.txt
//   WHO Reference 2007, monthly LMS (61–228 months), as shipped in the WHO's R package `anthroplus`:
//   https://github.com/WorldHealthOrganization/anthroplus, data-raw/growthstandards/
//   {wfawho2007,hfawho2007}.txt
//
// The app keeps a grid of those rows, not all 1857 days: every day to 14 days (weight dips and
// recovers then), every 7th day to 182 days (26 weeks), then the day of each completed month (round(month × 30.4375), the WHO's rule),
// day 730 (the last day measured lying) and day 1826 (60 months, the daily table's last day); the
// 2007 reference from 61 to 84 months (days 1827–1856 are interpolated between 60 and 61 months,
// as anthroplus interpolates between months). Values between grid points are interpolated linearly (anthroplus does the
// same between months). The script prints the largest z-score difference that interpolation makes
// against the full daily table, so the header can state it.
//
// Usage: npx tsx scripts/growthStandards.ts <anthro git dir> <anthroplus git dir>
//   (git clones of the two repositories above)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Row = [day: number, l: number, m: number, s: number];
type BySex = { M: Row[]; F: Row[] };

const DAYS_PER_MONTH = 30.4375;
const LAST_LYING_DAY = 730;
// Weight falls and recovers in the first two weeks (the standard's curve dips), so those days stay daily.
const DAILY_UNTIL_DAY = 14;
const WEEKLY_UNTIL_DAY = 182;
const LAST_2006_DAY = 1826;
const LAST_2007_MONTH = 84;

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

function readTable(dir: string, path: string, ageInMonths: boolean): BySex {
  const text = git(dir, 'show', `HEAD:${path}`);
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const cols = header!.split('\t');
  const at = (name: string) => cols.indexOf(name);
  const out: BySex = { M: [], F: [] };
  for (const line of lines) {
    const f = line.split('\t');
    const sex = f[at('sex')] === '1' ? 'M' : 'F';
    const age = Number(f[at('age')]);
    const day = ageInMonths ? Math.round(age * DAYS_PER_MONTH) : age;
    out[sex].push([day, Number(f[at('l')]), Number(f[at('m')]), Number(f[at('s')])]);
  }
  return out;
}

function gridDays(lastDay: number): Set<number> {
  const days = new Set<number>();
  for (let d = 0; d <= DAILY_UNTIL_DAY; d += 1) days.add(d);
  for (let d = DAILY_UNTIL_DAY; d <= WEEKLY_UNTIL_DAY; d += 7) days.add(d);
  for (let m = 4; Math.round(m * DAYS_PER_MONTH) <= lastDay; m += 1) days.add(Math.round(m * DAYS_PER_MONTH));
  days.add(LAST_LYING_DAY);
  days.add(lastDay);
  return days;
}

function pick(daily: Row[], keep: Set<number>): Row[] {
  return daily.filter((r) => keep.has(r[0]));
}

function zOf(y: number, [, l, m, s]: Row): number {
  return l === 0 ? Math.log(y / m) / s : ((y / m) ** l - 1) / (s * l);
}

function valueAt(z: number, [, l, m, s]: Row): number {
  return l === 0 ? m * Math.exp(s * z) : m * (1 + l * s * z) ** (1 / l);
}

function interpolate(rows: Row[], day: number): Row {
  const i = rows.findIndex((r) => r[0] >= day);
  const b = rows[i]!;
  if (b[0] === day || i === 0) return b;
  const a = rows[i - 1]!;
  const t = (day - a[0]) / (b[0] - a[0]);
  return [day, a[1] + t * (b[1] - a[1]), a[2] + t * (b[2] - a[2]), a[3] + t * (b[3] - a[3])];
}

/** Largest |z(grid) − z(daily)| over every day of the daily table, for measurements at z = −3…3. */
function maxError(daily: Row[], grid: Row[], sameSegment: (a: number, b: number) => boolean): number {
  let worst = 0;
  for (const row of daily) {
    const i = grid.findIndex((r) => r[0] >= row[0]);
    const a = grid[Math.max(0, i - 1)]!;
    if (!sameSegment(a[0], row[0])) continue;
    const g = interpolate(grid, row[0]);
    for (let z = -3; z <= 3; z += 0.5) {
      const e = Math.abs(zOf(valueAt(z, row), g) - z);
      worst = Math.max(worst, e);
    }
  }
  return worst;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

function compact(rows: Row[]): string {
  return `[${rows.map((r) => `[${r[0]},${round(r[1], 4)},${round(r[2], 4)},${round(r[3], 5)}]`).join(',')}]`;
}

function main(): void {
  const [anthro, anthroplus] = process.argv.slice(2);
  if (!anthro || !anthroplus) throw new Error('usage: growthStandards.ts <anthro git dir> <anthroplus git dir>');
  const anthroCommit = git(anthro, 'rev-parse', 'HEAD').trim();
  const plusCommit = git(anthroplus, 'rev-parse', 'HEAD').trim();
  const dir = 'data-raw/growthstandards';
  const wei = readTable(anthro, join(dir, 'weianthro.txt'), false);
  const len = readTable(anthro, join(dir, 'lenanthro.txt'), false);
  const hc = readTable(anthro, join(dir, 'hcanthro.txt'), false);
  const wfa07 = readTable(anthroplus, join(dir, 'wfawho2007.txt'), true);
  const hfa07 = readTable(anthroplus, join(dir, 'hfawho2007.txt'), true);
  const lastDay07 = Math.round(LAST_2007_MONTH * DAYS_PER_MONTH);
  const grid2006 = gridDays(LAST_2006_DAY);
  const after2006 = (rows: Row[]) => rows.filter((r) => r[0] > LAST_2006_DAY && r[0] <= lastDay07);

  const tables: Record<string, BySex> = {};
  const errors: string[] = [];
  for (const [name, daily, ref2007] of [
    ['weight', wei, wfa07],
    ['length', len, hfa07],
    ['head', hc, undefined],
  ] as const) {
    const bySex: BySex = { M: [], F: [] };
    for (const sex of ['M', 'F'] as const) {
      const grid = pick(daily[sex], grid2006);
      bySex[sex] = ref2007 ? [...grid, ...after2006(ref2007[sex])] : grid;
      // The lying/standing step at 730→731 days is a real break, not something to interpolate across.
      const same = (a: number, b: number) => name !== 'length' || a <= LAST_LYING_DAY === b <= LAST_LYING_DAY;
      errors.push(`${name} ${sex}: max |Δz| ${maxError(daily[sex], grid, same).toFixed(4)}`);
    }
    tables[name] = bySex;
  }
  console.log(errors.join('\n'));

  const body = Object.entries(tables)
    .map(([name, t]) => `  ${name}: {\n    M: ${compact(t.M)},\n    F: ${compact(t.F)},\n  },`)
    .join('\n');
  const file = `// GENERATED by scripts/growthStandards.ts — do not edit by hand; run the script again.
//
// LMS parameters (L = Box-Cox power, M = median, S = coefficient of variation) by sex and age in days.
// Rows are [ageInDays, L, M, S]; 'M' = boys, 'F' = girls.
//
// Sources (the WHO's own published tables, as carried in the WHO's own public repositories):
// - WHO Child Growth Standards (2006), 0–1826 days (60 months): weight-for-age, length/height-for-age (lying
//   to 730 days, standing from 731), head-circumference-for-age. WHO Multicentre Growth Reference
//   Study Group, "WHO Child Growth Standards: Length/height-for-age, weight-for-age, weight-for-length,
//   weight-for-height and body mass index-for-age: Methods and development", Geneva: WHO, 2006; and
//   "… Head circumference-for-age … : Methods and development", 2007.
//   https://www.who.int/tools/child-growth-standards
//   File: https://github.com/WorldHealthOrganization/anthro/tree/${anthroCommit}/${dir}
//   (weianthro.txt, lenanthro.txt, hcanthro.txt; package licence GPL-3, © World Health Organization).
// - WHO Reference 2007 (growth reference 5–19 years), 61–${LAST_2007_MONTH} months: weight-for-age and
//   height-for-age, rows at round(month × 30.4375) days. de Onis M et al., Bull World Health Organ
//   2007;85:660–7. https://www.who.int/tools/growth-reference-data-for-5to19-years
//   File: https://github.com/WorldHealthOrganization/anthroplus/tree/${plusCommit}/${dir}
//   (wfawho2007.txt, hfawho2007.txt; package licence GPL (>= 3), © World Health Organization).
//   The WHO has no head-circumference reference after 5 years: head rows end at day 1826.
// Terms: WHO material may be reproduced for non-commercial use with acknowledgement of the source
// (https://www.who.int/about/policies/publishing/copyright); the tables are facts of the standard.
//
// Grid: every day to 14 days, every 7th day to 182 days, then each completed month (round(month × 30.4375) days), day 730 and
// day 1826; then the 2007 months. Linear interpolation between grid points differs from the full daily table by at most
// (measured by the script, for measurements at z −3…3):
${errors.map((e) => `//   ${e}`).join('\n')}
import type { GrowthTables } from './types';

export const WHO_GROWTH_TABLES: GrowthTables = {
${body}
};
`;
  writeFileSync(join(__dirname, '..', 'domain', 'growth', 'whoGrowthData.ts'), file);
}

main();
