import { cpus } from 'node:os'
import type { DefaultLibrary } from '../src/main/store'
import { report } from './measure'
import { attackFigures } from './attack-bench'
import { cliFigures } from './cli-bench'
import { composerFigures } from './composer-bench'
import { exportFigures } from './export-bench'
import { searchFigures } from './search-bench'
import { storeFigures } from './store-bench'
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
  commandLine.push(...(await attackFigures()))
  const library: DefaultLibrary = { schemaVersion: 1, ...syntheticLibrary(ITEMS, PARTNERS), briefs: [], packages: [] }
  const figures: Figure[] = [...(await storeFigures(library, false)), ...(await storeFigures(library, true))]
  figures.push(...(await searchFigures()))
  figures.push(...(await composerFigures()))
  figures.push(...(await exportFigures()))
  figures.push(...commandLine)
  report(figures, asJson, `Dossier benchmark on ${cpus().length} cores, Node ${process.version}`)
}

await main()
