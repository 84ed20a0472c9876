import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/entities'
import { OPERATION_NAMES } from '@shared/operations'
import { openApi } from '../../../../src/main/api'
import type { ApiTable } from '../../../../src/main/api'
import { createApiTable } from '../../../../src/main/api/table'
import type { Handlers } from '../../../../src/main/api/table'
import { createMemoryLogger } from '../../../../src/main/core/log'

const resourcesDir = join(process.cwd(), 'resources')
let dataDir: string
let api: ApiTable

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-api-'))
  api = (await openApi({ dataDir, resourcesDir, log: createMemoryLogger() })).api
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

describe('api input validation', () => {
  it('refuses an unknown library kind and names the field', async () => {
    const result = await api['library.list']({ kind: 'secrets' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid-input')
    expect(result.error.issues?.map((issue) => issue.path)).toEqual(['kind'])
    expect(result.error.message).toContain('library.list')
  })

  it('refuses fields the operation does not take', async () => {
    const result = await api['briefs.list']({ sneaky: true })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('refuses an interface language other than English or French', async () => {
    const result = await api['settings.update']({ uiLanguage: 'de' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'uiLanguage' }] } })
  })

  it('refuses an idle time other than the choices offered', async () => {
    for (const idleLockMinutes of [0, 7, 15.5, 600, '15', null]) {
      const result = await api['settings.update']({ idleLockMinutes } as never)
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', issues: [{ path: 'idleLockMinutes' }] }
      })
    }
    expect(await api['settings.get']({})).toMatchObject({ ok: true, value: { idleLockMinutes: 15 } })
  })

  it('answers not-found in words for an id that does not exist', async () => {
    const result = await api['library.get']({ kind: 'partner', id: 'partner-atlantis' })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
    if (!result.ok) expect(result.error.message).toContain('partner-atlantis')
  })
})

describe('api on a fresh data folder', () => {
  it('serves the embedded library and says it was installed', async () => {
    const status = await api['app.status']({})
    expect(status.ok && status.value.notices.map((notice) => notice.code)).toEqual(['default-library-installed'])
    const partners = await api['library.list']({ kind: 'partner' })
    expect(partners.ok && partners.value.length).toBeGreaterThanOrEqual(20)
  })

  it('keeps a settings change across a restart', async () => {
    const updated = await api['settings.update']({ uiLanguage: 'fr', author: 'Élise Tremblay' })
    expect(updated).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, uiLanguage: 'fr', author: 'Élise Tremblay' } })
    // A change of one setting leaves the others as they were.
    await api['settings.update']({ idleLockMinutes: 30 })
    const reopened = (await openApi({ dataDir, resourcesDir, log: createMemoryLogger() })).api
    expect(await reopened['settings.get']({})).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, uiLanguage: 'fr', author: 'Élise Tremblay', idleLockMinutes: 30 }
    })
  })
})

describe('api failures', () => {
  it('reports an unexpected error plainly and keeps its class and stack, not its message, in the log', async () => {
    const log = createMemoryLogger()
    const handlers = Object.fromEntries(
      OPERATION_NAMES.map((name) => [
        name,
        () => {
          throw new Error('disk on fire')
        }
      ])
    ) as unknown as Handlers
    const result = await createApiTable(handlers, log)['packages.list']({})
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    if (!result.ok) expect(result.error.message).not.toContain('disk on fire')
    // The message of an unknown error may quote data; the log is not encrypted (core/log.ts).
    expect(log.lines.join('\n')).not.toContain('disk on fire')
    expect(log.lines.join('\n')).toMatch(
      /packages\.list failed unexpectedly Error \(its message is not logged[^]*\n\s+at /
    )
  })

  it('answers every call with data-too-new when the folder was written by a newer Dossier', async () => {
    const newer = await mkdtemp(join(tmpdir(), 'dossier-newer-'))
    await mkdir(join(newer, 'library'), { recursive: true })
    const file = join(newer, 'library', 'partners.json')
    await writeFile(file, JSON.stringify({ schemaVersion: 999, items: [] }))
    const { api: refused, store } = await openApi({ dataDir: newer, resourcesDir, log: createMemoryLogger() })
    expect(store).toBeNull()
    for (const name of ['app.status', 'library.list', 'settings.get'] as const) {
      const result = await refused[name]({ kind: 'partner' } as never)
      expect(result).toMatchObject({ ok: false, error: { code: 'data-too-new' } })
    }
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ schemaVersion: 999, items: [] })
    await rm(newer, { recursive: true, force: true })
  })
})
