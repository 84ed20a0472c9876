import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Result } from '@shared/result'
import { createApi, briefTemplatesIn } from '../../../../src/main/api'
import type { ApiTable } from '../../../../src/main/api'
import type { Host } from '../../../../src/main/core/host'
import { createMemoryLogger } from '../../../../src/main/core/log'
import { openStore } from '../../../../src/main/store'
import type { DefaultLibrary, Store } from '../../../../src/main/store'

const RESOURCES = join(process.cwd(), 'resources')

/** 2026-11-26: a fixed "now" for saves; the embedded library has no review due then. */
export const NOW = new Date('2026-11-26T15:00:00Z')

/** Stands in for the app's dialogs: saves to `saveTo` (null: cancelled), opens `openFrom`, records what was shown. */
export interface TestFileHost extends Host {
  saveTo: string | null
  openFrom: string[]
  /** The folder the "folder dialog" answers with; null for a cancel. */
  folder: string | null
  suggested: string[]
  shown: string[]
}

export function testFileHost(): TestFileHost {
  const host: TestFileHost = {
    saveTo: null,
    openFrom: [],
    folder: null,
    suggested: [],
    shown: [],
    chooseSavePath: async (suggestedName) => {
      host.suggested.push(suggestedName)
      return host.saveTo
    },
    chooseOpenPaths: async () => host.openFrom,
    chooseFolder: async () => host.folder,
    showInFolder: (path) => {
      host.shown.push(path)
    },
    openFolder: (path) => {
      host.shown.push(path)
    }
  }
  return host
}

/** The api on a data folder (the embedded library on first open), with the clock fixed at NOW. */
export async function openTestApi(dataDir: string, host?: Host): Promise<ApiTable> {
  return (await openTestApiAndStore(dataDir, host)).api
}

/** The api and the store under it, for tests that plant what no operation can write. */
export async function openTestApiAndStore(dataDir: string, host?: Host): Promise<{ api: ApiTable; store: Store }> {
  const store = await openStore({
    dataDir,
    loadDefaultLibrary: async () =>
      JSON.parse(await readFile(join(RESOURCES, 'default-library.json'), 'utf8')) as DefaultLibrary
  })
  const templates = briefTemplatesIn(RESOURCES)
  return { api: createApi({ store, log: createMemoryLogger(), templates, host, now: () => NOW }), store }
}

/** A fresh temporary data folder and a way to remove it. */
export async function tempDataDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-api-'))
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}

/** The value of a successful result; a failed one fails the test with its error. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}
