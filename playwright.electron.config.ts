import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'tests/electron',
  tsconfig: './tsconfig.e2e.json',
  workers: 1,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/electron.json' }]]
})
