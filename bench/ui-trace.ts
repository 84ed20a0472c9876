import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'

// With `--ui-profile`, the profiled walks are also traced: a CPU profile shows the renderer's
// JavaScript, but a keystroke's cost is as much the browser's own work (style, layout, paint,
// event dispatch), which the profile lumps together as "(program)". Chromium's trace of the
// renderer's main thread names it. Written as a .json trace (open it in DevTools' Performance
// panel); its event kinds with the most self time are printed to stderr.

/** A complete ("X") trace event, the part read here. */
interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  args?: { name?: string }
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute']
const TOP = 15

/** The renderer's main thread: the one its metadata names CrRendererMain (one page here). */
function rendererMainThreads(events: readonly TraceEvent[]): Set<string> {
  return new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`)
  )
}

/** Self time (an event's time less its nested events') by event name, in ms, most first. */
export function selfTimeByEvent(events: readonly TraceEvent[], count = TOP): Array<{ name: string; ms: number }> {
  const threads = rendererMainThreads(events)
  const complete = events
    .filter((event) => event.ph === 'X' && event.dur !== undefined && threads.has(`${event.pid}:${event.tid}`))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const self = new Map<string, number>()
  const open: Array<{ end: number; name: string }> = []
  for (const event of complete) {
    const duration = event.dur ?? 0
    while (open.length > 0 && (open.at(-1)?.end ?? 0) <= event.ts) open.pop()
    const parent = open.at(-1)
    // The parent's self time loses what this event takes, as far as it lies inside the parent.
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - Math.min(duration, parent.end - event.ts))
    self.set(event.name, (self.get(event.name) ?? 0) + duration)
    open.push({ end: event.ts + duration, name: event.name })
  }
  return [...self.entries()]
    .map(([name, micros]) => ({ name, ms: Math.round(micros / 100) / 10 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
}

/** Traces the page's renderer until the returned function is called. */
export async function traceRenderer(page: Page, name: string): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page)
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])))
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } })
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
    await cdp.send('Tracing.end')
    await complete
    await cdp.detach()
    const path = join(tmpdir(), `dossier-ui-${name}.trace.json`)
    await writeFile(path, JSON.stringify({ traceEvents: events }))
    console.error(`\nTrace ${name} (${events.length} events), written to ${path}; renderer main thread, top self time:`)
    for (const entry of selfTimeByEvent(events)) console.error(`  ${String(entry.ms).padStart(8)} ms  ${entry.name}`)
  }
}
