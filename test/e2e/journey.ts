import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const SHOTS = path.join(__dirname, 'screenshots');
fs.mkdirSync(SHOTS, { recursive: true });

// Every journey runs under the gateway's Content-Security-Policy (issue 14): anything it blocks —
// a script, a style, an image, a request — fails the journey that needed it.
const cspViolations: string[] = [];
test.beforeEach(async ({ page }) => {
  cspViolations.length = 0;
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
});
test.afterEach(() => {
  expect(cspViolations).toEqual([]);
});

/** Pages slide in on h5: let the transition end before looking. */
export async function settle(page: Page) {
  await page.waitForTimeout(600);
}

export async function shot(page: Page, name: string) {
  await settle(page);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** The visible page: Taro h5 keeps earlier pages of the stack in the DOM, hidden. */
export function current(page: Page) {
  return page.locator('.taro_page:visible').last();
}

export async function fill(page: Page, field: string, value: string) {
  await current(page).locator(`[data-field="${field}"] input`).fill(value);
}

export async function choose(page: Page, field: string, value: string) {
  await current(page).locator(`[data-field="${field}"] select`).selectOption(value);
}

export async function tap(page: Page, text: string) {
  await current(page).getByText(text, { exact: true }).first().click();
}

/** Signs in through the development login as one of the demo accounts ('new' for a fresh user). */
export async function signIn(page: Page, demo: string) {
  await page.goto('/#/packages/account/login/index');
  await current(page).locator(`[data-demo="${demo}"]`).click();
  await settle(page);
}

/** A calendar date `days` before today in Shanghai, as YYYY-MM-DD. */
export function daysAgo(days: number): string {
  const shanghai = new Date(Date.now() + 8 * 3600_000 - days * 86_400_000);
  return shanghai.toISOString().slice(0, 10);
}
