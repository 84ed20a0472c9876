import { performance } from 'node:perf_hooks'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** One figure the benchmark reports, in the shape `npm run bench -- --json` prints. */
export interface Figure {
  name: string
  value: number
  /** Milliseconds, a ratio of two timings, or megabytes of peak memory. */
  unit: 'ms' | 'ratio' | 'MB'
  /** The figure must be at or below this; null when the figure is informative only. */
  target: number | null
  met: boolean | null
}

/** Runs `task` `runs` times and returns each duration in milliseconds. */
export async function timeRuns(runs: number, task: (run: number) => unknown): Promise<number[]> {
  const durations: number[] = []
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now()
    await task(run)
    durations.push(performance.now() - start)
  }
  return durations
}

// V8 hands gc() only to contexts made once the flag is on, so the bench needs no flag of its own.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/**
 * Collects every object nothing holds any more (a full, blocking collection). For a timed start
 * made in this process after others: the app starts in a process of its own, with no garbage of
 * an earlier session to collect while it opens.
 */
export function collectGarbage(): void {
  gc()
}

/** The value below which `fraction` of the samples fall (nearest-rank method). */
export function percentile(samples: number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.max(0, Math.ceil(fraction * sorted.length) - 1)
  return sorted[rank] ?? Number.NaN
}

export function figure(name: string, value: number, target: number | undefined): Figure {
  return {
    name,
    value: Math.round(value * 100) / 100,
    unit: 'ms',
    target: target ?? null,
    met: target === undefined ? null : value <= target
  }
}

/** Median and p95 figures for one measured operation, the p95 (or median) checked against a target. */
export function summarize(name: string, samples: number[], targets: { median?: number; p95?: number }): Figure[] {
  return [
    figure(`${name} median`, percentile(samples, 0.5), targets.median),
    figure(`${name} p95`, percentile(samples, 0.95), targets.p95)
  ]
}

/**
 * Median and p90 for whole-process timings: a process costs a few hundred milliseconds, so they
 * are run a dozen times, where p95 would be just the slowest run.
 */
export function summarizeProcess(name: string, samples: number[], targets: { median?: number }): Figure[] {
  return [
    figure(`${name} median`, percentile(samples, 0.5), targets.median),
    figure(`${name} p90`, percentile(samples, 0.9), undefined)
  ]
}

/** Our median over theirs, checked against a target ratio. */
export function ratioFigure(name: string, ours: number[], theirs: number[], target: number): Figure {
  const ratio = Math.round((percentile(ours, 0.5) / percentile(theirs, 0.5)) * 100) / 100
  return { name, value: ratio, unit: 'ratio', target, met: ratio <= target }
}

/** Prints figures one per line with their targets, or as JSON for tools. */
export function report(figures: Figure[], asJson: boolean, context: string): void {
  if (asJson) {
    console.log(JSON.stringify(figures, null, 2))
    return
  }
  console.log(context)
  for (const figure of figures) {
    const target =
      figure.target === null ? '' : `  (target <= ${figure.target} ${figure.unit}: ${figure.met ? 'met' : 'NOT MET'})`
    console.log(`${figure.name.padEnd(40)} ${String(figure.value).padStart(9)} ${figure.unit}${target}`)
  }
}
