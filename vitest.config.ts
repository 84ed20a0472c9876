import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'src/shared'),
      '@renderer': resolve(import.meta.dirname, 'src/renderer/src')
    }
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup-electron-mock.ts'],
    globalSetup: ['tests/unit/checked-cache.ts'],
    environment: 'node',
    // The command line remembers validated files in this account's cache (content-checks.ts):
    // tests, and the commands they start, keep theirs in a folder of the run's own, not in the
    // home's, removed when the run ends (tests/unit/checked-cache.ts).
    env: { DOSSIER_CHECKED_CACHE: join(tmpdir(), `dossier-unit-checked-${process.pid}`) },
    // A safety net, not a speed check (the bench measures speed): on a busy 2-core machine a test
    // that derives a key with scrypt or starts a process can pass 5 s without anything being wrong.
    testTimeout: 30_000,
    // Vitest leaves a core to itself (one worker on a 2-core machine), but most of these files
    // wait on the disk (durable writes, power-loss replays) or on processes they start, so a
    // worker per core keeps both busy: the unit stage went from 5 min 45 s to 3 min on 2 cores.
    maxWorkers: availableParallelism(),
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' }
  }
})
