import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/entities'
import { fail, ok } from '@shared/result'
import type { Result } from '@shared/result'
import { openingPageRequest } from '@renderer/features/library/early'

// The window's first calls leave as its first module is evaluated, and start-up uses them once.

afterEach(() => {
  vi.unstubAllGlobals()
  vi.resetModules()
})

const OPENED = ok({ dataDir: '/data', notices: [], encrypted: false })
const FIRST_PAGE = ok({ total: 7, hits: [] })

function bridge(status: Result<unknown> = fail('data-locked', 'Locked.'), place?: string) {
  const calls: string[] = []
  const asked: unknown[] = []
  const answer = (name: string, value: unknown) => async (input: unknown) => {
    calls.push(name)
    asked.push(input)
    return value
  }
  // Modules start-up loads (react-aria) read the window's navigator and screen as they load.
  vi.stubGlobal('window', {
    navigator: globalThis.navigator,
    screen: { orientation: {} },
    dossier: {
      'app.status': answer('app.status', status),
      'settings.get': answer('settings.get', ok({ ...DEFAULT_SETTINGS, welcomed: true })),
      'library.search': answer('library.search', FIRST_PAGE)
    }
  })
  // Where a reload left the user (remembered-place.ts): the window opens there.
  const kept = place === undefined ? null : JSON.stringify({ section: place })
  vi.stubGlobal('sessionStorage', { getItem: () => kept, setItem: () => undefined })
  return { calls, asked }
}

describe("the window's first calls", () => {
  it('leave as the module loads, and are handed out once', async () => {
    const { calls, asked } = bridge()
    const { takeEarlyCalls } = await import('@renderer/app/early-calls')
    await Promise.resolve()
    expect(calls.sort()).toEqual(['app.status', 'library.search', 'settings.get'])
    // The page the library shows as it opens, exactly as the library asks for it.
    expect(asked).toContainEqual(openingPageRequest())
    const early = takeEarlyCalls()
    expect(await early?.status).toEqual(fail('data-locked', 'Locked.'))
    expect(await early?.firstPage?.answer).toEqual(FIRST_PAGE)
    expect(takeEarlyCalls()).toBeNull()
  })

  it('ask for no library page when the window opens on another screen', async () => {
    const { calls } = bridge(OPENED, 'briefs')
    const { takeEarlyCalls } = await import('@renderer/app/early-calls')
    await Promise.resolve()
    expect(calls.sort()).toEqual(['app.status', 'settings.get'])
    expect(takeEarlyCalls()?.firstPage).toBeNull()
  })

  it('are what start-up uses: it asks nothing twice', async () => {
    const { calls } = bridge()
    await import('@renderer/app/early-calls')
    const { beginStartup } = await import('@renderer/app/use-startup')
    beginStartup()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(calls.sort()).toEqual(['app.status', 'library.search', 'settings.get'])
  })

  it('hand the first page to the library once the folder opened: the library asks no second time', async () => {
    const { calls } = bridge(OPENED)
    await import('@renderer/app/early-calls')
    const { beginStartup } = await import('@renderer/app/use-startup')
    const { searchPage } = await import('@renderer/features/library/browse/use-library-search')
    const { DEFAULT_BROWSE, toSearchInput } = await import('@renderer/features/library/browse/search-input')
    beginStartup()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(await searchPage(toSearchInput(DEFAULT_BROWSE), 0)).toEqual(FIRST_PAGE)
    expect(calls.filter((name) => name === 'library.search')).toHaveLength(1)
  })

  it('build no schema before they leave: nothing they import loads zod', async () => {
    const { calls } = bridge()
    vi.doMock('zod', () => {
      throw new Error('zod was loaded before the first calls left')
    })
    try {
      await import('@renderer/app/early-calls')
      await Promise.resolve()
      expect(calls).toHaveLength(3)
    } finally {
      vi.doUnmock('zod')
    }
  })

  it('wait for start-up to ask when there is no bridge yet', async () => {
    vi.stubGlobal('window', {})
    const { takeEarlyCalls } = await import('@renderer/app/early-calls')
    expect(takeEarlyCalls()).toBeNull()
  })
})
