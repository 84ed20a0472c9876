import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanTempDirs, makeTempDir } from './helpers'

// Two processes open the same folder at the same instant, round after round: exactly one may
// win. Starting two Node processes per round would take minutes on a small machine, so two
// long-lived processes play every round in lockstep, each round on a folder of its own. The
// first half of the rounds race for a fresh folder (the lock must appear with its owner inside);
// the second half race to take over the same stale lock (only one takeover may succeed).

const FRESH_ROUNDS = 200
const STALE_ROUNDS = 200
const GAP_MS = 25
const CHILD = join(import.meta.dirname, 'lock-race-child.ts')

const children: ChildProcess[] = []
afterEach(async () => {
  for (const child of children.splice(0)) child.kill()
  await cleanTempDirs()
})

interface Contender {
  pid: number
  results: Map<number, string>
  send: (line: string) => void
  /** Resolves once the contender has reported every round (it then waits to be told to quit). */
  finished: Promise<void>
  done: Promise<void>
}

async function contender(baseDir: string, rounds: number): Promise<Contender> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, baseDir, String(rounds)], {
    cwd: process.cwd(),
    stdio: ['pipe', 'pipe', 'inherit']
  })
  children.push(child)
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })
  const results = new Map<number, string>()
  let finish: () => void = () => undefined
  const finished = new Promise<void>((resolve) => (finish = resolve))
  let ready: (pid: number) => void = () => undefined
  const readyPid = new Promise<number>((resolve) => (ready = resolve))
  lines.on('line', (line) => {
    if (line.startsWith('ready ')) ready(Number(line.slice(6)))
    else {
      const { round, result } = JSON.parse(line) as { round: number; result: string }
      results.set(round, result)
      if (results.size === rounds) finish()
    }
  })
  const done = new Promise<void>((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`contender exited with ${code}`))))
  )
  return { pid: await readyPid, results, send: (line) => child.stdin?.write(`${line}\n`), finished, done }
}

async function endedPid(): Promise<number> {
  const ended = spawn(process.execPath, ['-e', ''])
  await new Promise((resolve) => ended.on('exit', resolve))
  return ended.pid as number
}

describe('two processes opening one folder at the same instant', () => {
  it('never both hold it', { timeout: 90_000 }, async () => {
    const base = await makeTempDir()
    const rounds = FRESH_ROUNDS + STALE_ROUNDS
    // A lock left by a process that has ended; start 1 also marks a reused pid as another process.
    const stale = JSON.stringify({ pid: await endedPid(), start: 1, host: hostname(), token: 'gone', since: 'then' })
    for (let round = FRESH_ROUNDS; round < rounds; round++) {
      await mkdir(join(base, `round-${round}`))
      await writeFile(join(base, `round-${round}`, 'dossier.lock'), stale)
    }
    const players = await Promise.all([contender(base, rounds), contender(base, rounds)])
    const start = Date.now() + 200
    for (const player of players) player.send(JSON.stringify({ start, gap: GAP_MS }))
    // Both stay alive until both have played every round, so no round meets an ended winner.
    await Promise.all(players.map((player) => player.finished))
    for (const player of players) player.send('quit')
    await Promise.all(players.map((player) => player.done))

    const tally = { fresh: { oneWinner: 0, other: 0 }, stale: { oneWinner: 0, other: 0 } }
    const wrong: string[] = []
    for (let round = 0; round < rounds; round++) {
      const outcomes = players.map((player) => player.results.get(round))
      const winners = players.filter((player) => player.results.get(round) === 'won')
      const lock = JSON.parse(await readFile(join(base, `round-${round}`, 'dossier.lock'), 'utf8')) as { pid: number }
      const fine =
        winners.length === 1 &&
        outcomes.filter((outcome) => outcome === 'refused').length === 1 &&
        lock.pid === winners[0]?.pid
      tally[round < FRESH_ROUNDS ? 'fresh' : 'stale'][fine ? 'oneWinner' : 'other']++
      if (!fine) wrong.push(`round ${round}: ${outcomes.join(' / ')}, lock names ${lock.pid}`)
    }
    console.log(
      `lock race: fresh folder ${tally.fresh.oneWinner}/${FRESH_ROUNDS} rounds with exactly one winner, ` +
        `stale lock ${tally.stale.oneWinner}/${STALE_ROUNDS}` +
        (wrong.length > 0 ? `\n${wrong.slice(0, 10).join('\n')}` : '')
    )
    expect(wrong).toEqual([])
  })
})
