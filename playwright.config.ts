import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/browser-launch'

export default defineConfig({
  testDir: 'tests/e2e',
  tsconfig: './tsconfig.e2e.json',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure'
  }
})
