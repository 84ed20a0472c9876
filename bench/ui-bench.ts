import { existsSync, watch } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { chromium } from '@playwright/test'
import type { BrowserContext, Page } from '@playwright/test'
import { build } from 'electron-vite'
import { tableOnceOpen } from '../src/main/api'
import type { ApiSession } from '../src/main/api'
import { chromiumLaunchOptions } from '../tests/browser-launch'
import { bindApi, exportsDirFor, openTestSession } from '../tests/app-harness'
import { serveRenderer } from '../tests/renderer-server'
import { collectGarbage, figure, percentile } from './measure'
import type { Figure } from './measure'
import { CHECKED_CACHE, closeSession, embeddedFolder, firstStart, largeUiFolder } from './ui-folders'
import type { UiFolder } from './ui-folders'
import { addProbe, armInput, epochNow, inputEpoch, libraryUsableAt, timeInput } from './ui-page'
import { profileBothSides } from './ui-profile'
import { traceRenderer } from './ui-trace'

// What the officer sees, measured on the screen (issue 16): the built renderer in Chromium with
// the real api table bound in as window.dossier (the end-to-end harness, tests/app-harness.ts),
// on the embedded default library and on the synthetic 20,000-item, 1,000-partner one. This
// process plays the app's main process: the api runs here, the renderer in Chromium.
//
// How each figure is defined (times in the page are taken in the page, see ui-page.ts):
// - start -> library usable: from just before the api opens on the existing folder (store open
//   included), while the page loads (page.goto at once: as the app starts, the window loads while
//   the folder opens, and calls made meanwhile wait for it), to the first frame painted that shows
//   a result card of the library's first search. The start is a Node timestamp, the end the page's,
//   both as epoch milliseconds (performance.timeOrigin + now). A new page per start, in one
//   browser profile kept for the whole bench, as the app keeps its own: the app's window loads
//   from app://, whose scripts V8 keeps compiled between starts (codeCache, app-protocol.ts). The
//   bench's server lets Chromium do the same over http (serveRenderer's keepCompiled): Chromium
//   keeps the code of a script it has seen twice, so the first two starts after an install or
//   update compile the window's script, and the later ones run it from the kept code. The first
//   start of each folder is also given apart ("at the first start").
//   The api opens in this same process at every start, so its code is warm after the first: a
//   real start is a cold process and pays for compiling too.
// - of which api open: from the same moment to the api open on the folder (informative; it
//   overlaps the page loading).
// - first search answered after load: as soon as the list shows, a word is put into the search
//   box in one input (as typed fast or pasted); from that input reaching the page to the frame
//   painted that shows its results (the results say ready and their heading names the words).
//   A library of 2,000 items or more has its search index saved once built, and read back at the
//   next start (library-index.ts): the first start of a folder builds it, the later ones read it.
//   The figure is over all starts; the first start's is given apart too ("at the first start").
// - keystroke -> results painted: a query typed one key at a time, each key waiting for its own
//   results to be painted (then a pause, as between a typist's keys): from the key reaching the
//   page to that frame. The debounce is included.
// - keystroke in a per-brief edit -> preview painted: in the composer, keys typed one at a time at
//   the end of a key message's text in this brief; from the key to the frame whose preview block
//   for that item shows the text typed so far.
// - open the package editor: from the press on the package's name in the packages list to the
//   frame that shows the editor's heading and every one of its 20 briefs.
// - export a 20-brief package, click -> file: from the press on the export dialog's Export… to
//   the .docx appearing in the test host's exports folder (the Node clock, watching the folder).
// Backups after ten commands are measured with the command line's figures (cli-bench.ts).

const ROOT = resolve(import.meta.dirname, '..')
const RENDERER_DIR = join(ROOT, 'out', 'renderer')
// Starts per folder, five each. At 20,000 items the first start builds the search index, and its
// first search takes a second or more: of three starts, the median first search was the slower of
// the two others, not a median. Of five, it is the third of the four ordinary ones.
const STARTS = { embedded: 5, large: 5 }
const PACKAGE_OPENS = 5
const EXPORTS = 3
// Between two keys, once the first one's answer is painted: a quick typist's rhythm.
const BETWEEN_KEYS_MS = 100
const QUERIES = ['migration asy', 'réfugiés']
const FIRST_WORD = 'asylum'
// Typed at the end of the item's text (after " QX", which marks where): one sample per letter.
const EDIT_LETTERS = 'benchmarkingtheeditor'

interface Targets {
  start: number
  firstSearch: number
  keystroke: number
  edit: number
  packageEditor: number
}

const EMBEDDED_TARGETS: Targets = { start: 500, firstSearch: 150, keystroke: 100, edit: 50, packageEditor: 200 }
const LARGE_TARGETS: Targets = { start: 1000, firstSearch: 150, keystroke: 100, edit: 50, packageEditor: 200 }

// The part takes minutes: say on stderr how far it has come (stdout stays for the figures).
let partStart = performance.now()
function progress(step: string): void {
  console.error(`ui bench, ${Math.round((performance.now() - partStart) / 1000)} s: ${step}`)
}

/** Median and p90 of a walk's samples, the p90 (or the median) against its target. */
function medianP90(name: string, samples: number[], targets: { median?: number; p90?: number }): Figure[] {
  return [
    figure(`${name} median`, percentile(samples, 0.5), targets.median),
    figure(`${name} p90`, percentile(samples, 0.9), targets.p90)
  ]
}

interface Started {
  page: Page
  session: ApiSession
  startMs: number
  apiMs: number
}

/**
 * One start: a new page (set up before the clock starts), then the api opened on the folder and
 * the renderer loaded, until the library shows its first answer.
 */
async function start(
  browserProfile: BrowserContext,
  url: string,
  folder: UiFolder,
  watch: { cpuProfile?: string; trace?: string } = {}
): Promise<Started> {
  const page = await browserProfile.newPage()
  // Bound before the clock starts; calls wait for the folder, as the app's IPC does (table-once-open.ts).
  let openWith: (session: Promise<ApiSession>) => void = () => undefined
  const table = new Promise<ApiSession>((resolve) => (openWith = resolve)).then((open) => open.api)
  // A failed open fails the start below; the table's callers hear it from tableOnceOpen.
  table.catch(() => undefined)
  await bindApi(page, tableOnceOpen(table), { asJson: true })
  await addProbe(page)
  const stopProfile = watch.cpuProfile === undefined ? null : await profileBothSides(page, watch.cpuProfile)
  const stopTrace = watch.trace === undefined ? null : await traceRenderer(page, watch.trace)
  // The previous start's session (hundreds of megabytes at 20,000 items) is garbage now, and its
  // collection, some 100 ms of blocking work, would land in this start's open: a start of the app
  // is a new process, with nothing of the kind to collect. So it is collected before the clock.
  collectGarbage()
  const startedAt = epochNow()
  let apiMs = Number.NaN
  // As the app starts: the folder opens while the window loads.
  const session = openTestSession(folder.dataDir, { checkedCache: CHECKED_CACHE }).then((open) => {
    apiMs = epochNow() - startedAt
    return open
  })
  openWith(session)
  await page.goto(url)
  const usableAt = await libraryUsableAt(page, 60_000)
  await stopProfile?.()
  await stopTrace?.()
  return { page, session: await session, startMs: usableAt - startedAt, apiMs }
}

async function stop(started: Started, folder: UiFolder): Promise<void> {
  await started.page.close()
  await closeSession(started.session, folder.dataDir)
}

const searchBox = (page: Page) => page.locator('#library-search')

/** Puts `word` into the search box in one input and times it to its results painted. */
async function firstSearch(page: Page): Promise<number> {
  await searchBox(page).focus()
  return timeInput(page, { kind: 'search', query: FIRST_WORD }, () => page.keyboard.insertText(FIRST_WORD))
}

/** Empties the search box with Escape and waits for the full list again (untimed). */
async function clearSearch(page: Page): Promise<void> {
  await searchBox(page).focus()
  if ((await searchBox(page).inputValue()) === '') return
  await timeInput(page, { kind: 'search', query: '' }, () => page.keyboard.press('Escape'))
}

/** Each query typed key by key, every key timed to its results painted. */
async function typeQueries(page: Page): Promise<number[]> {
  const samples: number[] = []
  for (const query of QUERIES) {
    await clearSearch(page)
    let typed = ''
    for (const key of query) {
      typed += key
      samples.push(await timeInput(page, { kind: 'search', query: typed }, () => page.keyboard.type(key)))
      await sleep(BETWEEN_KEYS_MS)
    }
  }
  await clearSearch(page)
  return samples
}

/** Opens the brief in the composer and times keys typed into one item's own text to the preview painted. */
async function editBrief(page: Page, folder: UiFolder): Promise<number[]> {
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Briefs' }).click()
  await page
    .getByTestId('brief-item')
    .getByRole('button', { name: folder.brief.title, exact: true })
    .first()
    .click({ timeout: 60_000 })
  const row = page.locator(`[data-testid="outline-item"][data-item-id="${folder.brief.itemId}"]`)
  await row.locator('.outline-item-title').click({ timeout: 60_000 })
  const box = row.locator('textarea[lang="en"]')
  await box.click()
  await page.keyboard.press('Control+End')
  const answer = (text: string) => ({ kind: 'preview' as const, itemId: folder.brief.itemId, text })
  await timeInput(page, answer('QX'), () => page.keyboard.type(' QX'))
  const samples: number[] = []
  let typed = 'QX'
  for (const key of EDIT_LETTERS) {
    typed += key
    samples.push(await timeInput(page, answer(typed), () => page.keyboard.type(key)))
    await sleep(BETWEEN_KEYS_MS)
  }
  // Leave nothing unsaved behind: the next start must not find a half-written brief.
  await page.getByTestId('save-indicator').and(page.locator('[data-status="saved"]')).waitFor({ timeout: 30_000 })
  return samples
}

/** Opens the package editor from the packages list, several times, each timed to the editor painted. */
async function openPackage(page: Page, folder: UiFolder): Promise<number[]> {
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Packages' }).click()
  const samples: number[] = []
  for (let run = 0; run < PACKAGE_OPENS; run += 1) {
    if (run > 0) await page.getByRole('button', { name: 'Back to packages' }).click()
    const open = page.getByTestId('package-item').getByRole('button', { name: folder.pkg.name, exact: true })
    await open.waitFor({ timeout: 30_000 })
    const answer = { kind: 'package-editor' as const, name: folder.pkg.name, briefs: folder.pkg.briefs }
    samples.push(await timeInput(page, answer, () => open.click()))
  }
  return samples
}

/** Epoch milliseconds at which a .docx first shows in `dir`, watching it (no polling loop). */
function docxAppears(dir: string, timeoutMs: number): { at: Promise<number>; cancel: () => void } {
  let cancel = () => undefined as void
  const at = new Promise<number>((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      watcher.close()
      reject(new Error(`No .docx appeared in ${dir} within ${timeoutMs} ms.`))
    }, timeoutMs)
    const watcher = watch(dir, (_event, name) => {
      if (name === null || !name.endsWith('.docx') || !existsSync(join(dir, name))) return
      const seen = epochNow()
      clearTimeout(timer)
      watcher.close()
      resolvePromise(seen)
    })
    cancel = () => {
      clearTimeout(timer)
      watcher.close()
    }
  })
  return { at, cancel }
}

/** Exports the open package through its dialog, each time from the click to the file on disk. */
async function exportPackage(page: Page, folder: UiFolder): Promise<number[]> {
  const dir = exportsDirFor(folder.dataDir)
  await mkdir(dir, { recursive: true })
  const samples: number[] = []
  for (let run = 0; run < EXPORTS; run += 1) {
    for (const name of await readdir(dir)) await rm(join(dir, name), { force: true })
    await page.getByRole('button', { name: 'Export…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export the package to Word' })
    await dialog.waitFor()
    const confirm = dialog.getByTestId('export-confirm')
    await confirm.waitFor()
    if ((await confirm.getAttribute('aria-disabled')) === 'true') {
      throw new Error(`The export dialog refuses to export: ${await dialog.innerText()}`)
    }
    const file = docxAppears(dir, 120_000)
    try {
      await armInput(page)
      await confirm.click()
      const writtenAt = await file.at
      samples.push(writtenAt - (await inputEpoch(page)))
    } finally {
      file.cancel()
    }
    await dialog.getByTestId('export-saved').waitFor({ timeout: 60_000 })
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
  }
  return samples
}

/** Starts watching a page (a CPU profile, a trace) under a name; what it gives stops and reports. */
type Watch = (page: Page, name: string) => Promise<() => Promise<void>>

/** The search keys from the library, then the composer edits, each watched on its own; untimed. */
async function watchedWalks(page: Page, folder: UiFolder, watch: Watch): Promise<void> {
  const stopKeystrokes = await watch(page, `${folder.label}-keystrokes`)
  await typeQueries(page)
  await stopKeystrokes()
  const stopEdits = await watch(page, `${folder.label}-edits`)
  await editBrief(page, folder)
  await stopEdits()
}

/** Every figure of one folder: several starts, then one walk through search, composer and packages. */
async function walkFolder(
  browserProfile: BrowserContext,
  url: string,
  folder: UiFolder,
  targets: Targets,
  runs: number,
  cpuProfiles: boolean
): Promise<Figure[]> {
  const starts: number[] = []
  const apiOpens: number[] = []
  const firstSearches: number[] = []
  let started: Started | null = null
  for (let run = 0; run < runs; run += 1) {
    if (started) await stop(started, folder)
    started = await start(browserProfile, url, folder)
    starts.push(started.startMs)
    apiOpens.push(started.apiMs)
    firstSearches.push(await firstSearch(started.page))
    progress(`${folder.label}, start ${run + 1} of ${runs} done`)
  }
  if (!started) throw new Error('No start was made.')
  const { page } = started
  const keystrokes = await typeQueries(page)
  progress(`${folder.label}, search keys done`)
  // The package is exported before the brief is edited: an edit in one language only (the walk
  // types English) would stop a bilingual export of the embedded package, which holds that brief.
  const opens = await openPackage(page, folder)
  const exports = await exportPackage(page, folder)
  progress(`${folder.label}, package editor and export done`)
  const edits = await editBrief(page, folder)
  progress(`${folder.label}, composer edits done`)
  await stop(started, folder)

  if (cpuProfiles) {
    // An extra start, query walk and edit walk, profiled and not counted: the profiler slows what it watches.
    const profiled = await start(browserProfile, url, folder, { cpuProfile: `${folder.label}-start` })
    await firstSearch(profiled.page)
    await watchedWalks(profiled.page, folder, profileBothSides)
    // And once more, traced without the profiler (which slows the JavaScript it samples).
    await profiled.page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Library' }).click()
    await watchedWalks(profiled.page, folder, traceRenderer)
    await stop(profiled, folder)
    await stop(await start(browserProfile, url, folder, { trace: `${folder.label}-start` }), folder)
    progress(`${folder.label}, profiles taken`)
  }

  const name = (what: string) => `ui ${folder.label}: ${what}`
  return [
    ...medianP90(name('start -> library usable'), starts, { median: targets.start }),
    figure(name('start -> library usable at the first start'), starts[0] ?? Number.NaN, undefined),
    ...medianP90(name('of which api open'), apiOpens, {}),
    ...medianP90(name('first search answered'), firstSearches, { median: targets.firstSearch }),
    figure(name('first search answered at the first start'), firstSearches[0] ?? Number.NaN, undefined),
    ...medianP90(name('keystroke -> results painted'), keystrokes, { p90: targets.keystroke }),
    ...medianP90(name('edit keystroke -> preview painted'), edits, { p90: targets.edit }),
    ...medianP90(name('open package editor'), opens, { median: targets.packageEditor }),
    ...medianP90(name('export 20-brief package -> file'), exports, {})
  ]
}

/**
 * The UI part of the bench. Builds the app first (renderer and command line, as `npm run build`
 * does), so that it measures what the sources build now.
 */
export async function uiFigures(options: { profile: boolean }): Promise<Figure[]> {
  partStart = performance.now()
  // A profile names the renderer's functions only if the bundle keeps their names.
  if (options.profile)
    console.error('ui bench: --ui-profile builds the renderer unminified; its figures are of that build.')
  await build({ root: ROOT, logLevel: 'error', ...(options.profile ? { build: { minify: false } } : {}) })
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error(`The renderer was not built into ${RENDERER_DIR}.`)
  const server = await serveRenderer(RENDERER_DIR, { keepCompiled: true })
  const folder = await mkdtemp(join(tmpdir(), 'dossier-ui-bench-'))
  // One profile for every start, as the app has its own (see "start -> library usable" above).
  const browserProfile = await chromium.launchPersistentContext(
    join(folder, 'browser-profile'),
    chromiumLaunchOptions()
  )
  try {
    const embedded = await embeddedFolder(join(folder, 'embedded'))
    progress('embedded folder written')
    const figures = await walkFolder(
      browserProfile,
      server.url,
      embedded,
      EMBEDDED_TARGETS,
      STARTS.embedded,
      options.profile
    )

    const large = await largeUiFolder(join(folder, 'large'))
    progress('20,000-item folder written')
    await firstStart(large.dataDir)
    figures.push(...(await walkFolder(browserProfile, server.url, large, LARGE_TARGETS, STARTS.large, options.profile)))
    return figures
  } finally {
    await browserProfile.close()
    await server.close()
    await rm(folder, { recursive: true, force: true })
    await rm(CHECKED_CACHE, { recursive: true, force: true })
  }
}
