import { basename } from 'node:path'
import type { Worker } from 'node:worker_threads'
import { ApiFailure } from '../failure'
import { workerThreads } from '../lazy-builtins'
import type { FileJob, WorkerMessage } from './read-file.worker'
import type { ReadBundleResult } from './read-bundle'
import type { ReadWordResult } from './word-import'
import { WORKER_LIMITS } from './worker-limits'
import type { WorkerLimits } from './worker-limits'

// Reading a file from outside happens in a worker thread: the caps refuse what they can foresee,
// and whatever slips past them fills the worker's heap or runs out its time, after which the
// worker is stopped and the user told in plain words. The main thread (Electron's, which draws
// the window) only waits. One worker reads file after file (starting one costs more than reading
// most files); a file that cost it its life is answered, and the next file gets a new worker.

// The build swaps this for the bundled worker's file (workerFiles in vite.cli.config.ts). Run from
// sources (tests, the benchmark), it is the TypeScript file, which tsx compiles in the worker.
const WORKER_URL = new URL('./read-file.worker.ts', import.meta.url)

// An idle worker holds some 10 MB; it is let go after this long without a file.
const IDLE_MS = 30_000

const WHAT: Record<FileJob['kind'], string> = { bundle: 'exchange file', word: 'Word document' }

type Answer = ReadBundleResult | ReadWordResult

/** Reads files in a worker with the given limits, one at a time, in the order asked. */
export function createFileReader(limits: WorkerLimits = WORKER_LIMITS) {
  let worker: Worker | null = null
  let idle: NodeJS.Timeout | undefined
  let queue: Promise<unknown> = Promise.resolve()

  const start = (): Worker => {
    const fromSource = WORKER_URL.pathname.endsWith('.ts')
    const started = new (workerThreads().Worker)(WORKER_URL, {
      execArgv: fromSource ? ['--import', 'tsx'] : [],
      resourceLimits: {
        maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb,
        stackSizeMb: limits.stackSizeMb
      }
    })
    // A worker waiting for the next file never keeps the command line from ending.
    started.unref()
    return started
  }
  const stop = (): void => {
    clearTimeout(idle)
    void worker?.terminate()
    worker = null
  }

  const read = (job: FileJob): Promise<Answer> => {
    clearTimeout(idle)
    const current = (worker ??= start())
    // While it reads, the worker keeps the process alive, as any awaited work does.
    current.ref()
    const file = basename(job.path)
    return new Promise<Answer>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined
      // The clock's own stop, whatever the CPU checks answer (a worker busy in native code may
      // not answer one at all).
      let ceiling: NodeJS.Timeout | undefined
      let settled = false
      const settle = (failed: boolean, outcome: () => void): void => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        clearTimeout(ceiling)
        // Only this file's listeners: the worker's own (which start its port) must stay.
        current.off('message', onMessage).off('error', onError).off('exit', onExit)
        if (failed) {
          // An error after the answer has nobody left to tell.
          current.on('error', () => undefined)
          if (worker === current) stop()
        } else {
          current.unref()
          idle = setTimeout(stop, IDLE_MS).unref()
        }
        outcome()
      }
      const onMessage = (message: WorkerMessage): void => {
        if (message.type === 'started') {
          const late = () => settle(true, () => reject(tooDemanding(file, job.kind, 'time', limits)))
          const began = Date.now()
          const baseline = cpuUsageOf(current)
          // Checked when the time is up by the clock, and again until the worker has spent it.
          const check = async (): Promise<void> => {
            const spent = await cpuSpentMs(current, baseline)
            if (settled) return
            const left = timeLeftMs(spent, Date.now() - began, limits.timeLimitMs)
            if (left <= 0) late()
            else timer = setTimeout(() => void check(), left)
          }
          timer = setTimeout(() => void check(), limits.timeLimitMs)
          ceiling = setTimeout(late, limits.timeLimitMs * CLOCK_FACTOR)
        } else settle(false, () => resolve(message.result))
      }
      const onError = (error: Error & { code?: string }): void => {
        const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        settle(true, () => reject(outOfMemory ? tooDemanding(file, job.kind, 'memory', limits) : error))
      }
      const onExit = (code: number): void => {
        const message = `The file worker stopped (exit code ${code}) before it answered about ${file}.`
        settle(true, () => reject(new Error(message)))
      }
      current.on('message', onMessage).on('error', onError).on('exit', onExit)
      current.postMessage(job)
    })
  }

  return {
    /** Reads and checks a .dossier bundle. */
    readBundle(path: string): Promise<ReadBundleResult> {
      return enqueue({ kind: 'bundle', path }) as Promise<ReadBundleResult>
    },
    /** Reads the paragraphs of a Word document. */
    readWord(path: string): Promise<ReadWordResult> {
      return enqueue({ kind: 'word', path }) as Promise<ReadWordResult>
    },
    /** Lets the worker go now. */
    close: stop
  }

  function enqueue(job: FileJob): Promise<Answer> {
    const answer = queue.then(() => read(job))
    queue = answer.catch(() => undefined)
    return answer
  }
}

export type FileReader = ReturnType<typeof createFileReader>

// The time limit is the worker's own CPU time, not the clock's: on a laptop busy with something
// else (a scan, a build), a real document read in one second of work took more than four by the
// clock, and was refused as a file "made to harm the app". The clock still stops a reading at
// three times the limit, so an answer never waits long whatever the machine is doing.
const CLOCK_FACTOR = 3

type CpuUsage = { user: number; system: number }

/** The worker's CPU time so far, where the runtime can tell (Node 24.6 and later); else null. */
function cpuUsageOf(worker: Worker): Promise<CpuUsage | null> {
  const measure = (worker as Worker & { cpuUsage?: (prev?: CpuUsage) => Promise<CpuUsage> }).cpuUsage
  return measure ? measure.call(worker).catch(() => null) : Promise.resolve(null)
}

async function cpuSpentMs(worker: Worker, baseline: Promise<CpuUsage | null>): Promise<number | null> {
  const [before, now] = await Promise.all([baseline, cpuUsageOf(worker)])
  if (before === null || now === null) return null
  return (now.user - before.user + now.system - before.system) / 1000
}

/**
 * How much longer a reading may go on, in milliseconds (0 or less: stop it), from the CPU time
 * its worker spent (null when unknown: the clock decides) and the time by the clock.
 */
export function timeLeftMs(cpuMs: number | null, clockMs: number, limitMs: number): number {
  const byClock = limitMs * CLOCK_FACTOR - clockMs
  if (cpuMs === null) return limitMs - clockMs
  return Math.min(limitMs - cpuMs, byClock)
}

function tooDemanding(file: string, kind: FileJob['kind'], what: 'memory' | 'time', limits: WorkerLimits): ApiFailure {
  const cost =
    what === 'memory'
      ? `it needed more than the ${limits.maxOldGenerationSizeMb} MB of memory Dossier gives to reading one file`
      : `it took longer than the ${limits.timeLimitMs / 1000} seconds Dossier gives to reading one file`
  return new ApiFailure(
    'file-too-demanding',
    `${file} cannot be used: ${cost}, far more than any real ${WHAT[kind]} needs. It may be damaged or made to harm the app, so Dossier stopped reading it. Nothing was changed.`
  )
}
