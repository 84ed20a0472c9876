import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// The command line remembers validated files in this account's cache (content-checks.ts): a
// unit run, and the commands its tests start, keep theirs in a temporary folder of its own
// (vitest.config.ts hands it to the workers), removed when the run ends (vitest's globalSetup).

/** This run's checked cache: named after vitest's main process, which reads this module. */
export const UNIT_CHECKED_CACHE = join(tmpdir(), `dossier-unit-checked-${process.pid}`)

/** vitest's globalSetup: nothing to set up; the returned teardown removes the run's cache. */
export default function setup(): () => Promise<void> {
  return () => rm(UNIT_CHECKED_CACHE, { recursive: true, force: true })
}
