import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/entities'
import type { DossierClient } from '@shared/operations'
import { OPERATION_NAMES } from '@shared/operations'
import { ok } from '@shared/result'
import { api } from '@renderer/api/client'
import { toLoadable } from '@renderer/api/use-api-query'

function installBridge(bridge: Partial<DossierClient> | undefined) {
  vi.stubGlobal('window', { dossier: bridge })
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the api client', () => {
  it('has one function per contract operation', () => {
    expect(Object.keys(api).sort()).toEqual([...OPERATION_NAMES].sort())
  })

  it('forwards a call and its input to the bridge the preload exposed', async () => {
    const settingsUpdate = vi.fn(async () =>
      ok({ ...DEFAULT_SETTINGS, uiLanguage: 'fr' as const, author: 'A. Officer' })
    )
    installBridge({ 'settings.update': settingsUpdate })
    const result = await api['settings.update']({ uiLanguage: 'fr' })
    expect(settingsUpdate).toHaveBeenCalledWith({ uiLanguage: 'fr' })
    expect(result).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, uiLanguage: 'fr', author: 'A. Officer' } })
  })

  it('turns a transport failure into an internal error instead of throwing', async () => {
    installBridge({ 'briefs.list': () => Promise.reject(new Error('channel closed')) })
    const result = await api['briefs.list']({})
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('internal')
      expect(result.error.message).toContain('channel closed')
    }
  })

  it('answers with an internal error when there is no bridge at all', async () => {
    installBridge(undefined)
    const result = await api['app.status']({})
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
  })
})

describe('toLoadable', () => {
  it('gives screens the value or the error', () => {
    expect(toLoadable(ok([1, 2]))).toEqual({ state: 'ready', value: [1, 2] })
    expect(toLoadable({ ok: false, error: { code: 'not-found', message: 'gone' } })).toEqual({
      state: 'failed',
      error: { code: 'not-found', message: 'gone' }
    })
  })
})
