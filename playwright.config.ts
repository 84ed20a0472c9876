import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/browser-launch'

export default defineConfig({
  testDir: 'tests/e2e',
  tsconfig: './tsconfig.e2e.json',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  // A guard against a hung test, not a speed check (the bench measures speed): the heaviest specs
  // (several axe scans and full-page screenshots) take about 15 s alone and twice that when both
  // workers share a 2-core machine, which left 30 s with no margin.
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure'
  }
})
