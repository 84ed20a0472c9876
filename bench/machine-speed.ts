import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { figure } from './measure'
import type { Figure } from './measure'

// The 2-core machines these figures come from share their host: the same run, minutes apart,
// has measured the search index build at 1.3 s and at 2.3 s, and a `dossier` command at 240 ms
// and at 390 ms, with no change to the code. So the bench times one fixed piece of work (the
// kind Dossier's own figures are made of: JSON parsed and written, text hashed, titles sorted)
// before its first part and after its last, each time in a fresh process so that what the bench
// itself holds does not weigh on it. Read the figures against it: a run whose check is far above
// its usual value ran on a slow machine, and one whose two checks differ much saw the machine
// change under it. It has no target: it measures the machine, not Dossier.

const WORK = `
const { createHash } = await import('node:crypto')
const records = Array.from({ length: 50000 }, (_, index) => ({
  id: 'item-' + index,
  title: 'Title ' + ((index * 7919) % 50000) + ' of the synthetic record',
  text: 'Migration, asylum and refugee protection in both official languages. '.repeat(6)
}))
const text = JSON.stringify(records)
const titles = records.map((record) => record.title)
const times = []
for (let run = 0; run < 7; run += 1) {
  const start = performance.now()
  JSON.stringify(JSON.parse(text))
  createHash('sha256').update(text).digest('hex')
  ;[...titles].sort((a, b) => a.localeCompare(b))
  times.push(performance.now() - start)
}
times.sort((a, b) => a - b)
console.log(times[3])
`

/** The fixed workload's median time in a fresh process, as a figure named for when it ran. */
export async function machineSpeed(when: string): Promise<Figure> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', WORK])
  return figure(`machine speed check, ${when} (fixed work, no target)`, Number(stdout.trim()), undefined)
}
