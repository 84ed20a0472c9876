import { rm } from 'node:fs/promises'
import type { TestProject } from 'vitest/node'

// vitest's globalSetup. A unit run, and the commands its tests start, remember validated files
// in a checked cache of the run's own (vitest.config.ts names it, in the temporary folder):
// removed here when the run ends, so runs do not pile folders up.

export default function setup(project: TestProject): () => Promise<void> {
  const cache = project.config.env['DOSSIER_CHECKED_CACHE']
  return async () => {
    if (cache) await rm(cache, { recursive: true, force: true })
  }
}
