import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { current, settle, signIn } from './journey';
import { appPages } from '../support/appConfig';

// axe-core over every page of src/app.config.ts, in normal and in elder mode: no critical or
// serious violation of WCAG 2.1 A/AA. Staff pages are looked at by the 卫生健康局 clerk, the rest
// by a parent with a registration. A11Y_REPORT=<file> writes the counts per page (the issue's
// before / after table) and A11Y_REPORT_ONLY=1 only reports (to measure an older build).

type Counts = Record<string, { critical: number; serious: number; rules: string[] }>;
const reportOnly = process.env.A11Y_REPORT_ONLY === '1';
const report: Record<string, Counts> = {};

async function scan(page: Page, route: string) {
  await page.goto(`/#/${route}`);
  await settle(page);
  await page.waitForTimeout(400);
  const result = await new AxeBuilder({ page })
    .include('.taro_page:not([style*="display: none"])')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = result.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
  const count = (impact: string) => bad.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes.length, 0);
  return {
    critical: count('critical'),
    serious: count('serious'),
    rules: bad.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`),
  };
}

async function setElderMode(page: Page, on: boolean) {
  await page.goto('/#/pages/me/index');
  await settle(page);
  const box = current(page).locator('input[role="switch"][aria-label="长辈模式"]');
  if ((await box.count()) > 0) {
    if ((await box.isChecked()) !== on) await box.press('Space');
  } else {
    // An older build (before issue 19) has Taro's own switch.
    await current(page).locator('taro-switch-core input').first().click();
  }
  await settle(page);
}

for (const elder of [false, true]) {
  test(`axe: no critical or serious violation on any page (${elder ? 'elder' : 'normal'} mode)`, async ({ page, browser }) => {
    test.setTimeout(600_000);
    const routes = appPages();
    const counts: Counts = {};
    const staff = await (await browser.newContext()).newPage();
    await signIn(page, 'parent');
    await signIn(staff, 'health_bureau');
    if (elder) {
      await setElderMode(page, true);
      await setElderMode(staff, true);
    }
    for (const route of routes) {
      counts[route] = await scan(route.startsWith('packages/staff') ? staff : page, route);
    }
    report[elder ? 'elder' : 'normal'] = counts;
    const failing = Object.entries(counts).filter(([, c]) => c.critical + c.serious > 0);
    if (process.env.A11Y_REPORT) fs.writeFileSync(path.resolve(process.env.A11Y_REPORT), JSON.stringify(report, null, 1));
    console.log(`${elder ? 'elder' : 'normal'}: ${routes.length} pages, ${failing.length} with critical/serious violations`);
    for (const [route, c] of failing) console.log(`  ${route}: critical ${c.critical}, serious ${c.serious} — ${c.rules.join('; ')}`);
    if (!reportOnly) expect(failing.map(([route, c]) => `${route}: ${c.rules.join('; ')}`)).toEqual([]);
  });
}
