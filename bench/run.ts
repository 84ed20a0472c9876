import { spawn } from 'node:child_process'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { report } from './measure'
import { attackFigures } from './attack-bench'
import { cliFigures } from './cli-bench'
import { figuresFrom } from './figures-text'
import { machineSpeed } from './machine-speed'
import type { Figure } from './measure'

// `npm run bench` prints each figure with its target; `npm run bench -- --json` prints them as
// a JSON array of { name, value, unit, target, met }. Targets come from the issues that set them.
// `npm run bench -- --only=store` (or search, composer, export, cli, attacks, ui; several with
// commas) runs only those parts, so one part can be measured on a quiet machine without waiting
// for the rest. `ui` drives the built renderer in Chromium (ui-bench.ts); `--ui-profile` adds
// an untimed, CPU-profiled start and query walk per folder, then a traced one (ui-trace.ts), and
// prints where the time went. The command line's parts run here, first, and time child
// processes; every other part runs in a fresh process of its own (part.ts).

const PARTS = ['cli', 'attacks', 'ui', 'store', 'search', 'composer', 'export'] as const
type Part = (typeof PARTS)[number]
const asJson = process.argv.includes('--json')

function chosenParts(): ReadonlySet<Part> {
  const only = process.argv.find((arg) => arg.startsWith('--only='))
  if (only === undefined) return new Set(PARTS)
  const names = only.slice('--only='.length).split(',')
  const unknown = names.filter((name) => !(PARTS as readonly string[]).includes(name))
  if (unknown.length > 0)
    throw new Error(`Unknown bench part ${unknown.join(', ')}; the parts are ${PARTS.join(', ')}.`)
  return new Set(names as Part[])
}

/** A part's figures, measured in a process of its own (see part.ts). */
async function figuresApart(part: Part): Promise<Figure[]> {
  const args = [...process.execArgv, join(import.meta.dirname, 'part.ts'), part, ...process.argv.slice(2)]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  if (code !== 0) throw new Error(`The ${part} part of the bench failed (exit code ${code}); its errors are above.`)
  return figuresFrom(out)
}

async function main(): Promise<void> {
  const parts = chosenParts()
  const speedBefore = await machineSpeed('before')
  // First, while this process is small: the command's figures time whole child processes.
  const commandLine = parts.has('cli') ? await cliFigures() : []
  if (parts.has('attacks')) commandLine.push(...(await attackFigures()))
  const screen = parts.has('ui') ? await figuresApart('ui') : []
  const figures: Figure[] = []
  for (const part of ['store', 'search', 'composer', 'export'] as const) {
    if (parts.has(part)) figures.push(...(await figuresApart(part)))
  }
  figures.push(...commandLine, ...screen, speedBefore, await machineSpeed('after'))
  report(figures, asJson, `Dossier benchmark on ${cpus().length} cores, Node ${process.version}`)
}

await main()
