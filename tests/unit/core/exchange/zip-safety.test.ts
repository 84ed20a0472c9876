import { strToU8, unzipSync, zipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { exportBundle, readBundle } from '../../../../src/main/core/exchange'
import { nestingBeyond, parseJsonEntry } from '../../../../src/main/core/exchange/json-text'
import { unsafePath } from '../../../../src/main/core/exchange/safe-zip'
import { keyMessage } from '../../store/helpers'
import { cleanTempDirs, freshStore } from './helpers'

afterEach(cleanTempDirs)

describe('zip entry paths', () => {
  it.each([
    ['manifest.json', null],
    ['word/document.xml', null],
    ['a..b/c..json', null],
    ['../../etc/passwd', /climbs out/],
    ['word/../../evil', /climbs out/],
    ['..', /climbs out/],
    ['/etc/passwd', /absolute path/],
    ['C:/Windows/evil.dll', /drive letter/],
    ['c:evil', /drive letter/],
    ['..\\evil', /backslashes/],
    ['evil\u0000.json', /control characters/],
    ['', /empty name/]
  ] as const)('%j is %s', (name, expected) => {
    const problem = unsafePath(name)
    if (expected === null) expect(problem).toBeNull()
    else expect(problem).toMatch(expected)
  })
})

describe('JSON nesting', () => {
  it('counts brackets outside strings only, escapes included, in one pass', () => {
    expect(nestingBeyond('{"a":[[1]]}', 3)).toBeNull()
    expect(nestingBeyond('{"a":[[[1]]]}', 3)).toBe(7)
    expect(nestingBeyond('{"a":"[[[[[[\\"[[[["}', 1)).toBeNull()
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    expect(nestingBeyond(deep, 64)).toBe(64)
  })

  it('refuses deep nesting before JSON.parse could recurse into it', () => {
    const result = parseJsonEntry(strToU8(`{"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`), 64)
    expect(result).toEqual({ ok: false, message: expect.stringContaining('nests more than 64 levels') })
  })
})

describe('reading bundles made by other zip tools', () => {
  it('reads a bundle whose entries are stored uncompressed', async () => {
    const { store } = await freshStore()
    await store.library.put('keyMessage', keyMessage('km-1'))
    const entries = unzipSync(exportBundle(store, {}, 'HQ', new Date('2026-11-26T00:00:00Z')))
    const stored = zipSync({
      'manifest.json': [entries['manifest.json']!, { level: 0 }],
      'content.json': [entries['content.json']!, { level: 0 }]
    })
    const result = readBundle(stored)
    expect(result.ok && result.bundle.content.keyMessages).toEqual([keyMessage('km-1')])
  })
})
