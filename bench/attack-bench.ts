import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { BAD_INPUTS_DIR, badInputs } from '../tests/fixtures/make-bad-inputs'
import { resourceAttacks, writeResourceAttacks } from '../tests/fixtures/make-resource-attacks'
import type { Figure } from './measure'

// Every resource attack and every file of the bad-input corpus through the dossier command, as a
// user (or a held-out test) would run it, each timed and its peak memory read by /usr/bin/time:
// the worst of each against its target, a clear refusal within 5 s and 300 MB (issue 12). Run
// after cliFigures, which builds out/cli.

const ROOT = resolve(import.meta.dirname, '..')
const TIME = '/usr/bin/time'

interface Run {
  name: string
  seconds: number
  peakMb: number
}

function runAttack(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    execFile(
      TIME,
      ['-f', '@@%e %M', process.execPath, join(ROOT, 'bin', 'dossier.mjs'), ...args],
      { cwd: ROOT },
      (error, _out, stderr) => done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stderr })
    )
  })
}

/** The slowest and the most memory-hungry attack, each against its target. */
export async function attackFigures(): Promise<Figure[]> {
  if (!existsSync(TIME)) {
    console.warn(`${TIME} is missing (apt-get install time): the resource attacks are not measured.`)
    return []
  }
  const folder = await mkdtemp(join(tmpdir(), 'dossier-attack-bench-'))
  try {
    const dataDir = join(folder, 'data')
    const paths = await writeResourceAttacks(join(folder, 'attacks'))
    // The first run installs the default library; the attacks meet a folder already in use.
    await runAttack(['list', 'partners', '--data-dir', dataDir])
    const files = [
      ...resourceAttacks.map((attack) => ({ ...attack, path: paths.get(attack.name)! })),
      ...badInputs.map((input) => ({
        name: input.name,
        command: input.name.endsWith('.docx') ? 'word' : 'bundle',
        // A malformed file "cannot be used"; a forged or unsigned bundle is read, then refused
        // with "Nothing was imported" (tests/unit/core/exchange/bad-inputs.test.ts checks why).
        refusedBy: /^dossier: \S+ cannot be used: [A-Z"]|Nothing was imported\./m,
        path: join(BAD_INPUTS_DIR, input.name)
      }))
    ]
    const runs: Run[] = []
    for (const file of files) {
      const { code, stderr } = await runAttack([file.command, 'import', file.path, '--data-dir', dataDir])
      if (code === 0 || !file.refusedBy.test(stderr)) {
        throw new Error(`${file.name} was not refused as expected (exit ${code}):\n${stderr}`)
      }
      const [seconds, kilobytes] = (stderr.split('@@').at(-1) ?? '').trim().split(' ').map(Number)
      runs.push({ name: file.name, seconds: seconds ?? Number.NaN, peakMb: (kilobytes ?? Number.NaN) / 1024 })
    }
    const slowest = runs.reduce((worst, run) => (run.seconds > worst.seconds ? run : worst))
    const hungriest = runs.reduce((worst, run) => (run.peakMb > worst.peakMb ? run : worst))
    const time = Math.round(slowest.seconds * 1000)
    const memory = Math.round(hungriest.peakMb)
    return [
      {
        name: `hostile files (${runs.length}) slowest: ${slowest.name}`,
        value: time,
        unit: 'ms',
        target: 5000,
        met: time <= 5000
      },
      {
        name: `hostile files (${runs.length}) peak: ${hungriest.name}`,
        value: memory,
        unit: 'MB',
        target: 300,
        met: memory <= 300
      }
    ]
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
