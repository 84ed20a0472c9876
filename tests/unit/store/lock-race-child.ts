// One contender of the lock race test (lock-race.test.ts), run as its own Node process with
// tsx. It says "ready", waits for the common start time on stdin, then in every round calls
// acquireDataLock on that round's folder at the agreed instant and reports what happened. It
// never releases: the winner stays alive, as a real Dossier would, until the test is over.
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
  const lines = createInterface({ input: process.stdin })
  process.stdout.write(`ready ${process.pid}\n`)
  const [first] = await lines[Symbol.asyncIterator]()
    .next()
    .then((line) => [line.value as string])
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
  lines.close()
}

void main()
