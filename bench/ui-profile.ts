import { Session } from 'node:inspector/promises'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { Page } from '@playwright/test'

// `npm run bench -- --only=ui --ui-profile`: CPU profiles of one extra, untimed walk, taken on
// both sides at once: the renderer in Chromium (DevTools protocol) and this process, which runs
// the api table as the app's main process does (node:inspector). Each profile is written as a
// .cpuprofile (open it in Chromium's DevTools, Performance panel) and its functions with the
// most self time are printed to stderr.

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
}
interface ProfileNode {
  id: number
  callFrame: CallFrame
}
/** The part of a V8 CPU profile read here (the DevTools protocol's Profiler.Profile). */
interface CpuProfile {
  nodes: ProfileNode[]
  samples?: number[]
  timeDeltas?: number[]
}

const SAMPLING_INTERVAL_US = 200
const TOP = 15

/** Functions by self time in milliseconds, most first; idle time left out. */
export function topSelfTime(profile: CpuProfile, count = TOP): Array<{ name: string; ms: number }> {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]))
  const byName = new Map<string, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  samples.forEach((id, index) => {
    // A sample stands for the time until the next one.
    const micros = deltas[index + 1] ?? 0
    const frame = frames.get(id)
    if (!frame || frame.functionName === '(idle)') return
    const where = frame.url ? ` ${basename(frame.url)}:${frame.lineNumber + 1}` : ''
    const name = `${frame.functionName || '(anonymous)'}${where}`
    byName.set(name, (byName.get(name) ?? 0) + micros / 1000)
  })
  return [...byName.entries()]
    .map(([name, ms]) => ({ name, ms: Math.round(ms * 10) / 10 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
}

async function keep(name: string, profile: CpuProfile): Promise<void> {
  const path = join(tmpdir(), `dossier-ui-${name}.cpuprofile`)
  await writeFile(path, JSON.stringify(profile))
  const total = (profile.timeDeltas ?? []).reduce((sum, delta) => sum + delta, 0) / 1000
  console.error(`\nCPU profile ${name} (${Math.round(total)} ms sampled), written to ${path}; top self time:`)
  for (const entry of topSelfTime(profile)) console.error(`  ${String(entry.ms).padStart(8)} ms  ${entry.name}`)
}

/** Profiles the page's renderer and this process until the returned function is called. */
export async function profileBothSides(page: Page, name: string): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US })
  const node = new Session()
  node.connect()
  await node.post('Profiler.enable')
  await node.post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US })
  await cdp.send('Profiler.start')
  await node.post('Profiler.start')
  return async () => {
    const { profile: renderer } = await cdp.send('Profiler.stop')
    const { profile: main } = await node.post('Profiler.stop')
    node.disconnect()
    await cdp.detach()
    await keep(`${name}-renderer`, renderer as CpuProfile)
    await keep(`${name}-main`, main as CpuProfile)
  }
}
