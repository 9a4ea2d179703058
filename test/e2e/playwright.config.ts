import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Debian's Chromium (never a downloaded browser) against the h5 build served by a real gateway
// over a fresh SQLite file with the demo data seeded.
const port = Number(process.env.E2E_PORT ?? 8799);
const databaseFile = path.join(os.tmpdir(), `yj-e2e-${process.pid}.sqlite`);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? path.join(__dirname, '../../test-results/e2e.json') }],
  ],
  outputDir: path.join(__dirname, '../../test-results/e2e'),
  use: {
    actionTimeout: 15_000,
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--lang=zh-CN',
      ],
    },
  },
  webServer: {
    command: 'npx tsx cloud/gateway/main.ts',
    cwd: path.join(__dirname, '../..'),
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_FILE: databaseFile,
      STATIC_DIR: process.env.E2E_STATIC_DIR ?? 'dist-h5',
      NODE_ENV: 'development',
    },
  },
});
