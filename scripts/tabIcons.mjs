#!/usr/bin/env node
// Draws the tab-bar icons (WeChat's tab bar takes PNG only) from the SVG paths below, in grey and
// in the brand green, with Debian's Chromium, and writes them as small indexed PNGs: one colour at
// 16 levels of opacity is all an icon has, and the h5 build inlines the six of them in its first load
// (issue 18). Run after changing an icon: node scripts/tabIcons.mjs
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const ICONS = {
  home: '<path d="M12 3 2 11.5h3V21h5.5v-6h3v6H19v-9.5h3z"/>',
  cases: '<path d="M6 2h9l5 5v15H6z" fill="none" stroke-width="2"/><path d="M9 11h8M9 15h8M9 19h5" fill="none" stroke-width="2"/>',
  me: '<circle cx="12" cy="8" r="4.5"/><path d="M3 21c0-5 4-8 9-8s9 3 9 8z"/>',
};
const COLORS = { '': '#8a9099', '-active': '#0b6e4f' };
const SIZE = 81;
const LEVELS = 16;

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A 4-bit indexed PNG: palette entry i is the icon colour at opacity i / (LEVELS - 1). */
function indexedPng(alpha, color) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr.set([4, 3, 0, 0, 0], 8); // bit depth 4, colour type 3 (indexed)
  const palette = Buffer.alloc(LEVELS * 3);
  const transparency = Buffer.alloc(LEVELS);
  for (let i = 0; i < LEVELS; i++) {
    palette.set([r, g, b], i * 3);
    transparency[i] = Math.round((i * 255) / (LEVELS - 1));
  }
  const rowBytes = Math.ceil(SIZE / 2);
  const raw = Buffer.alloc((rowBytes + 1) * SIZE);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const level = Math.round((alpha[y * SIZE + x] * (LEVELS - 1)) / 255);
      raw[y * (rowBytes + 1) + 1 + (x >> 1)] |= x % 2 === 0 ? level << 4 : level;
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('PLTE', palette),
    chunk('tRNS', transparency),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless'],
});
const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
for (const [name, shape] of Object.entries(ICONS)) {
  // Drawn once in black: only the coverage (alpha) of each pixel is kept, the colour is the palette's.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="${SIZE}" height="${SIZE}" fill="#000" stroke="#000">${shape}</svg>`;
  const alpha = await page.evaluate(
    async ({ svg: drawing, size }) => {
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawing)}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0, size, size);
      const { data } = context.getImageData(0, 0, size, size);
      return Array.from({ length: size * size }, (_, i) => data[i * 4 + 3]);
    },
    { svg, size: SIZE },
  );
  for (const [suffix, color] of Object.entries(COLORS)) writeFileSync(`src/assets/tab/${name}${suffix}.png`, indexedPng(alpha, color));
}
await browser.close();
console.log('tab icons written to src/assets/tab/');
