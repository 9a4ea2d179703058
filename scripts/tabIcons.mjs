#!/usr/bin/env node
// Draws the tab-bar icons (WeChat's tab bar takes PNG only) from the SVG paths below, in grey and
// in the brand green, with Debian's Chromium. Run after changing an icon: node scripts/tabIcons.mjs
import { chromium } from '@playwright/test';

const ICONS = {
  home: '<path d="M12 3 2 11.5h3V21h5.5v-6h3v6H19v-9.5h3z"/>',
  cases: '<path d="M6 2h9l5 5v15H6z" fill="none" stroke-width="2"/><path d="M9 11h8M9 15h8M9 19h5" fill="none" stroke-width="2"/>',
  me: '<circle cx="12" cy="8" r="4.5"/><path d="M3 21c0-5 4-8 9-8s9 3 9 8z"/>',
};
const COLORS = { '': '#8a9099', '-active': '#0b6e4f' };

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
const page = await browser.newPage({ viewport: { width: 81, height: 81 } });
for (const [name, shape] of Object.entries(ICONS)) {
  for (const [suffix, color] of Object.entries(COLORS)) {
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="81" height="81" fill="${color}" stroke="${color}">${shape}</svg></body></html>`,
    );
    await page.screenshot({ path: `src/assets/tab/${name}${suffix}.png`, omitBackground: true });
  }
}
await browser.close();
console.log('tab icons written to src/assets/tab/');
