import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { firstSection } from '@renderer/app/sections'
import { rememberedPlace, rememberPlace } from '@renderer/lib/remembered-place'

// The renderer's unit tests run in node: a small Storage stands in for the window's sessionStorage.
class MemoryStorage {
  private values = new Map<string, string>()
  getItem(key: string): string | null {
    return this.values.get(key) ?? null
  }
  setItem(key: string, value: string): void {
    this.values.set(key, value)
  }
}

describe('the remembered place', () => {
  let storage: MemoryStorage
  beforeEach(() => {
    storage = new MemoryStorage()
    vi.stubGlobal('sessionStorage', storage)
  })
  afterEach(() => vi.unstubAllGlobals())

  it('names the first screen after a reload: the one remembered, else the library', () => {
    expect(firstSection()).toBe('library')
    rememberPlace({ section: 'packages' })
    expect(firstSection()).toBe('packages')
    rememberPlace({ section: 'no such screen' })
    expect(firstSection()).toBe('library')
  })

  it('is empty at first, then keeps the screen and the open brief until told to forget the brief', () => {
    expect(rememberedPlace()).toEqual({})
    rememberPlace({ section: 'briefs' })
    rememberPlace({ briefId: 'brief-mexico-asylum-capacity' })
    expect(rememberedPlace()).toEqual({ section: 'briefs', briefId: 'brief-mexico-asylum-capacity' })
    rememberPlace({ section: 'library', briefId: undefined })
    expect(rememberedPlace()).toEqual({ section: 'library' })
  })

  it('ignores what it cannot read: broken JSON, another shape, values of the wrong type', () => {
    for (const kept of ['{"section":', '[1,2]', 'null', '{"section":3,"briefId":{}}']) {
      storage.setItem('dossier.place', kept)
      expect(rememberedPlace()).toEqual({})
    }
  })

  it('starts on the first screen when storage refuses to be read or written', () => {
    vi.stubGlobal('sessionStorage', {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      }
    })
    expect(() => rememberPlace({ section: 'briefs' })).not.toThrow()
    expect(rememberedPlace()).toEqual({})
  })
})
