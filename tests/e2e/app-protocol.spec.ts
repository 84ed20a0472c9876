import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { bindApi } from '../app-harness'
import { chromiumLaunchOptions } from '../browser-launch'
import { serveRenderer } from '../renderer-server'
import { expect, test } from './fixtures'

// Every spec's page is served by the app protocol handler (see tests/renderer-server.ts); this one
// checks that the built renderer's script, styles and fonts all load and run under the
// content types, nosniff, the policy header and the same-origin resource policy it sends.
test('the built renderer runs when served by the app protocol handler', async ({ openApp, page }) => {
  const answers: { status: number; path: string; type: string }[] = []
  const problems: string[] = []
  const loaded: { script?: Promise<string> } = {}
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname
    answers.push({ status: response.status(), path, type: response.headers()['content-type'] ?? '' })
    if (path.endsWith('.js')) loaded.script = response.text()
  })
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))

  await openApp()
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await expect(page.getByTestId('library-item').first()).toBeVisible()
  expect(answers.filter((answer) => answer.status !== 200)).toEqual([])
  expect(answers).toContainEqual({
    status: 200,
    path: expect.stringMatching(/^\/assets\/index-[\w-]+\.js$/),
    type: 'text/javascript; charset=utf-8'
  })
  expect(problems).toEqual([])
  // A classic script runs in strict mode, as the module it was built from did, only if it says so.
  expect((await loaded.script)?.slice(0, '"use strict";'.length)).toBe('"use strict";')
  // ASCII only, so Chromium keeps it one byte a character (electron.vite.config.ts).
  expect((await loaded.script)?.match(/\P{ASCII}/u)?.[0]).toBeUndefined()
})

interface TraceEvent {
  name: string
  args?: { data?: { url?: string; consumedCacheSize?: number } }
}

/** Bytes of V8's kept code the page's own script was compiled from at this load; 0 for a fresh compile. */
function keptCodeUsed(events: readonly TraceEvent[]): number {
  const compiles = events.filter(
    (event) => event.name.startsWith('v8.compile') && /\/assets\/index-[\w-]+\.js$/.test(event.args?.data?.url ?? '')
  )
  return compiles.reduce((bytes, event) => bytes + (event.args?.data?.consumedCacheSize ?? 0), 0)
}

// The app's window keeps V8's compiled code between starts (app://'s codeCache privilege), which
// Chromium reads back only for a classic script: built as a module, the window's script was
// parsed and compiled afresh at every start (electron.vite.config.ts). Served as the bench serves
// it (cacheable, standing in for that privilege), later starts run from the kept code.
test('after its first starts, the window runs its script from the code V8 kept', async ({ api }) => {
  const server = await serveRenderer(join(process.cwd(), 'out', 'renderer'), { keepCompiled: true })
  const profile = await mkdtemp(join(tmpdir(), 'dossier-e2e-profile-'))
  const browser = await chromium.launchPersistentContext(profile, chromiumLaunchOptions())
  /** One start in a new window, left open; the bytes of kept code its script was compiled from. */
  const start = async (): Promise<number> => {
    const page = await browser.newPage()
    await bindApi(page, api)
    const trace = await browser.newCDPSession(page)
    const events: TraceEvent[] = []
    trace.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])))
    const collected = new Promise((resolve) => trace.once('Tracing.tracingComplete', resolve))
    await trace.send('Tracing.start', { traceConfig: { includedCategories: ['disabled-by-default-v8.compile'] } })
    await page.goto(server.url)
    await expect(page.getByTestId('library-item').first()).toBeVisible()
    await trace.send('Tracing.end')
    await collected
    return keptCodeUsed(events)
  }
  try {
    expect(await start()).toBe(0)
    // Chromium keeps the code of a script it has seen twice, written while the window sits idle
    // (the windows stay open): a later start reads it back.
    await expect.poll(start, { timeout: 30_000 }).toBeGreaterThan(100_000)
  } finally {
    await browser.close()
    await server.close()
    await rm(profile, { recursive: true, force: true })
  }
})
