import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Result } from '@shared/result'
import { createApi, loadBriefTemplates } from '../../../../src/main/api'
import type { ApiTable } from '../../../../src/main/api'
import { createMemoryLogger } from '../../../../src/main/core/log'
import { openStore } from '../../../../src/main/store'
import type { DefaultLibrary, Store } from '../../../../src/main/store'

const RESOURCES = join(process.cwd(), 'resources')

/** 2026-11-26: the embedded library then has three items past their review-by date. */
export const NOW = new Date('2026-11-26T15:00:00Z')

/** The api on a data folder (the embedded library on first open), with the clock fixed at NOW. */
export async function openTestApi(dataDir: string): Promise<ApiTable> {
  return (await openTestApiAndStore(dataDir)).api
}

/** The api and the store under it, for tests that plant what no operation can write. */
export async function openTestApiAndStore(dataDir: string): Promise<{ api: ApiTable; store: Store }> {
  const store = await openStore({
    dataDir,
    loadDefaultLibrary: async () =>
      JSON.parse(await readFile(join(RESOURCES, 'default-library.json'), 'utf8')) as DefaultLibrary
  })
  const templates = await loadBriefTemplates(RESOURCES)
  return { api: createApi({ store, log: createMemoryLogger(), templates, now: () => NOW }), store }
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
