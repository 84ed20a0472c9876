import { mkdtemp, rm } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore } from '../src/main/store'
import type { DefaultLibrary } from '../src/main/store'
import { report, summarize, timeRuns } from './measure'
import { cliFigures } from './cli-bench'
import { composerFigures } from './composer-bench'
import { exportFigures } from './export-bench'
import { searchFigures } from './search-bench'
import type { Figure } from './measure'
import { syntheticLibrary } from './synthetic-library'

// `npm run bench` prints each figure with its target; `npm run bench -- --json` prints them as
// a JSON array of { name, value, unit, target, met }. Targets come from the issues that set them.

const ITEMS = 20_000
const PARTNERS = 1_000
const asJson = process.argv.includes('--json')

async function main(): Promise<void> {
  // First, while this process is small: the command's figures time whole child processes.
  const commandLine = await cliFigures()
  const dataDir = await mkdtemp(join(tmpdir(), 'dossier-bench-'))
  try {
    const library: DefaultLibrary = { schemaVersion: 1, ...syntheticLibrary(ITEMS, PARTNERS), briefs: [], packages: [] }
    // Keep backups off the measured path's disk growth: they rotate, so 10 at most.
    const first = await openStore({ dataDir, loadDefaultLibrary: async () => library })
    await first.flush()

    const figures: Figure[] = []
    const coldLoads = await timeRuns(5, () => openStore({ dataDir, loadDefaultLibrary: async () => library }))
    figures.push(...summarize('store cold load (20,000 items)', coldLoads, { median: 1000 }))

    const store = await openStore({ dataDir, loadDefaultLibrary: async () => library })
    const messages = store.library.list('keyMessage')
    const saves = await timeRuns(50, async (run) => {
      const original = messages[run % messages.length]
      if (!original) throw new Error('The synthetic library has no key messages')
      const edited = { ...original, text: { ...original.text, en: `${original.text.en} (edit ${run})` } }
      await store.library.put('keyMessage', { ...edited, version: original.version + 1 })
    })
    figures.push(...summarize('save one edited item (durable)', saves, { p95: 10 }))

    // The open users meet after a session: 500 saves sit in the journal and are folded into the file first.
    const replays: number[] = []
    for (let run = 0; run < 5; run += 1) {
      const session = await openStore({ dataDir, loadDefaultLibrary: async () => library })
      for (const original of session.library.list('keyMessage').slice(0, 500)) {
        await session.library.put('keyMessage', { ...original, version: original.version + 1 })
      }
      replays.push(...(await timeRuns(1, () => openStore({ dataDir, loadDefaultLibrary: async () => library }))))
    }
    figures.push(...summarize('store open replaying 500 saves', replays, {}))

    figures.push(...(await searchFigures()))
    figures.push(...(await composerFigures()))
    figures.push(...(await exportFigures()))
    figures.push(...commandLine)
    report(figures, asJson, `Dossier benchmark on ${cpus().length} cores, Node ${process.version}`)
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

await main()
