// One contender of the lock race test (lock-race.test.ts), run as its own Node process with
// tsx. It says "ready", waits for the common start time on stdin, then in every round calls
// acquireDataLock on that round's folder at the agreed instant and reports what happened. It
// never releases, and stays alive until told to quit: a slower contender's last round must find
// the winner still running, as a real Dossier would be, not a lock left by an ended process.
import { createInterface } from 'node:readline'
import { join } from 'node:path'
import { acquireDataLock } from '../../../src/main/store/data-lock'
import { StoreError } from '../../../src/main/store/store-error'

const [baseDir, roundsArg] = process.argv.slice(2)
const rounds = Number(roundsArg)

const now = (): number => performance.timeOrigin + performance.now()

/** Sleeps until just before the instant, then spins, so both contenders leave within microseconds. */
async function until(instant: number): Promise<void> {
  const early = instant - now() - 2
  if (early > 0) await new Promise((resolve) => setTimeout(resolve, early))
  while (now() < instant) {
    // spin
  }
}

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]()
  process.stdout.write(`ready ${process.pid}\n`)
  const first = (await lines.next()).value as string | undefined
  const { start, gap } = JSON.parse(first ?? '{}') as { start: number; gap: number }
  for (let round = 0; round < rounds; round++) {
    await until(start + round * gap)
    let result: string
    try {
      result = (await acquireDataLock(join(baseDir as string, `round-${round}`))) ? 'won' : 'already'
    } catch (error) {
      result = error instanceof StoreError && error.code === 'data-in-use' ? 'refused' : `error ${String(error)}`
    }
    process.stdout.write(`${JSON.stringify({ round, result })}\n`)
  }
  // Any line (or the end of input) means the other contender has finished too.
  await lines.next()
  process.exit(0)
}

void main()
