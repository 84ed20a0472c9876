import { mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { OPERATION_NAMES } from '../src/shared/operations'
import type { OperationName } from '../src/shared/operations'
import { openApi } from '../src/main/api'
import type { ApiSession, ApiTable } from '../src/main/api'
import type { Host } from '../src/main/core/host'
import { createMemoryLogger } from '../src/main/core/log'

// The app as the end-to-end specs and the UI bench (bench/ui-bench.ts) run it: the real api table
// on a data folder, a host standing in for the native dialogs, and the table bound into a page
// where the preload would put it. Plain functions, free of Playwright's test runner, so that the
// bench can use them too; tests/e2e/fixtures.ts builds the specs' fixtures on them.

/** Where the test host's "save dialog" puts files: beside the data folder, never inside it. */
export function exportsDirFor(dataDir: string): string {
  return `${dataDir}-exports`
}

/** The folder the test host's "folder dialog" chooses: beside the data folder, never inside it. */
export function watchedDirFor(dataDir: string): string {
  return `${dataDir}-watched`
}

/** Removes a test's data folder and the two the test host keeps beside it. */
export async function removeTestFolders(dataDir: string): Promise<void> {
  for (const folder of [dataDir, exportsDirFor(dataDir), watchedDirFor(dataDir)]) {
    await rm(folder, { recursive: true, force: true })
  }
}

// What each data folder's test host showed in the file manager.
const shownByFolder = new Map<string, string[]>()

/** The files the app had the file manager show, for this data folder, in order. */
export function shownInFolder(dataDir: string): string[] {
  return shownByFolder.get(dataDir) ?? []
}

/** Stands in for the native dialogs: saves under the test's exports folder, records what was shown. */
function testHost(dataDir: string): Host {
  const shown: string[] = []
  shownByFolder.set(dataDir, shown)
  return {
    chooseSavePath: async (suggestedName) => {
      await mkdir(exportsDirFor(dataDir), { recursive: true })
      return join(exportsDirFor(dataDir), suggestedName)
    },
    // Tests put the file to open at <exports>/open-<kind>.* beforehand (see chooseForOpen).
    chooseOpenPaths: async (kind) => {
      const dir = exportsDirFor(dataDir)
      const names = await readdir(dir).catch(() => [])
      return names
        .filter((name) => name.startsWith(`open-`) && name.endsWith(`.${kind}`))
        .map((name) => join(dir, name))
    },
    // The "folder dialog" answers with <data folder>-watched, created for the test to drop bundles in.
    chooseFolder: async () => {
      await mkdir(watchedDirFor(dataDir), { recursive: true })
      return watchedDirFor(dataDir)
    },
    showInFolder: (path) => {
      shown.push(path)
    },
    openFolder: (path) => {
      shown.push(path)
    }
  }
}

/**
 * The real api table on a data folder, as the app opens it at start. The first-start step is
 * marked answered (nothing else changes: nobody is named) so that a spec opens on the library;
 * `firstStart: true` leaves the folder as new, for the specs about that step.
 */
export async function openTestApi(dataDir: string, options: { firstStart?: boolean } = {}): Promise<ApiTable> {
  return (await openTestSession(dataDir, options)).api
}

/**
 * The session openTestApi opens, for a caller that gives the folder back (the UI bench reopens it).
 * `checkedCache`: where validated files are remembered (see StoreOptions.checkedCache).
 */
export async function openTestSession(
  dataDir: string,
  options: { firstStart?: boolean; checkedCache?: string } = {}
): Promise<ApiSession> {
  const resourcesDir = join(process.cwd(), 'resources')
  const session = await openApi({
    dataDir,
    resourcesDir,
    log: createMemoryLogger(),
    host: testHost(dataDir),
    checkedCache: options.checkedCache
  })
  if (!options.firstStart) await skipFirstStart(session.api)
  return session
}

/** Marks the first-start step answered, as "Fill in later" does, for a folder a spec opened itself. */
export async function skipFirstStart(api: ApiTable): Promise<void> {
  const settings = await api['settings.get']({})
  // A folder the app cannot open (held elsewhere, written by a newer Dossier) shows no step, and one
  // answered already is left as it is: rewriting its settings would be a change the next start backs up.
  if (!settings.ok || settings.value.welcomed) return
  const answered = await api['settings.update']({ welcomed: true })
  if (!answered.ok) throw new Error(`The first-start step could not be marked answered: ${answered.error.message}`)
}

/**
 * Puts the api table where the preload would: window.dossier, one function per operation.
 * `asJson` sends each input and answer across as JSON text. Playwright otherwise copies them with
 * its own serializer, which walks every field in JavaScript (and checks it against its protocol):
 * on a 20,000-item library's answers that costs the process as much as the search itself, where
 * Electron's IPC copies in native code (the structured clone algorithm), as JSON.stringify and
 * JSON.parse do. The UI bench sends JSON; the specs keep Playwright's copy, which loses nothing.
 */
export async function bindApi(page: Page, api: ApiTable, options: { asJson?: boolean } = {}): Promise<void> {
  const asJson = options.asJson === true
  await page.exposeBinding('__dossierInvoke', async (_source, name: OperationName, input: unknown) => {
    if (!asJson) return api[name](input)
    const answer = await api[name](typeof input === 'string' ? JSON.parse(input) : input)
    return JSON.stringify(answer)
  })
  await page.addInitScript(
    ({ names, asJson }: { names: string[]; asJson: boolean }) => {
      const page = globalThis as unknown as Record<string, unknown>
      const invoke = (page as unknown as { __dossierInvoke: (name: string, input: unknown) => Promise<unknown> })
        .__dossierInvoke
      const client = Object.fromEntries(
        names.map((name) => [
          name,
          asJson
            ? (input: unknown) =>
                invoke(name, input === undefined ? undefined : JSON.stringify(input)).then((text) =>
                  JSON.parse(text as string)
                )
            : (input: unknown) => invoke(name, input)
        ])
      )
      Object.defineProperty(page, 'dossier', { value: Object.freeze(client) })
    },
    { names: OPERATION_NAMES as string[], asJson }
  )
}
