import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/entities'
import { fail, ok } from '@shared/result'

// The window's first calls leave as its first module is evaluated, and start-up uses them once.

afterEach(() => {
  vi.unstubAllGlobals()
  vi.resetModules()
})

function bridge() {
  const calls: string[] = []
  const answer = (name: string, value: unknown) => async () => {
    calls.push(name)
    return value
  }
  // Modules start-up loads (react-aria) read the window's navigator and screen as they load.
  vi.stubGlobal('window', {
    navigator: globalThis.navigator,
    screen: { orientation: {} },
    dossier: {
      'app.status': answer('app.status', fail('data-locked', 'Locked.')),
      'settings.get': answer('settings.get', ok({ ...DEFAULT_SETTINGS, welcomed: true }))
    }
  })
  return calls
}

describe("the window's first calls", () => {
  it('leave as the module loads, and are handed out once', async () => {
    const calls = bridge()
    const { takeEarlyCalls } = await import('@renderer/app/early-calls')
    await Promise.resolve()
    expect(calls.sort()).toEqual(['app.status', 'settings.get'])
    const early = takeEarlyCalls()
    expect(await early?.status).toEqual(fail('data-locked', 'Locked.'))
    expect(takeEarlyCalls()).toBeNull()
  })

  it('are what start-up uses: it asks nothing twice', async () => {
    const calls = bridge()
    await import('@renderer/app/early-calls')
    const { beginStartup } = await import('@renderer/app/use-startup')
    beginStartup()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(calls.sort()).toEqual(['app.status', 'settings.get'])
  })

  it('wait for start-up to ask when there is no bridge yet', async () => {
    vi.stubGlobal('window', {})
    const { takeEarlyCalls } = await import('@renderer/app/early-calls')
    expect(takeEarlyCalls()).toBeNull()
  })
})
