import { strToU8, unzipSync, zipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { exportBundle, readBundle } from '../../../../src/main/core/exchange'
import { parseJsonEntry } from '../../../../src/main/core/exchange/json-text'
import { jsonShapeProblem } from '../../../../src/main/core/exchange/json-shape'
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

describe('the shape of JSON, judged on its bytes before it is parsed', () => {
  const roomy = { maxDepth: 64, maxValues: 1_000_000, maxStringBytes: 1_000, maxListLength: 1_000 }
  const shape = (text: string, limits: Partial<typeof roomy> = {}) =>
    jsonShapeProblem(strToU8(text), { ...roomy, ...limits })

  it('counts brackets outside strings only, escapes included, in one pass', () => {
    expect(shape('{"a":[[1]]}', { maxDepth: 3 })).toBeNull()
    expect(shape('{"a":[[[1]]]}', { maxDepth: 3 })).toMatch(/nests more than 3 levels deep \(at byte 8\)/)
    expect(shape('{"a":"[[[[[[\\"[[[["}', { maxDepth: 1 })).toBeNull()
    expect(shape(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toMatch(/at byte 65\)/)
  })

  it('refuses a list longer than a kind may hold, at any depth, but not an object with as many fields', () => {
    expect(shape(`[${Array(1_000).fill('{}').join(',')}]`)).toBeNull()
    expect(shape(`{"partners":[${Array(1_001).fill('{}').join(',')}]}`)).toMatch(/a list of more than 1,000 entries/)
    expect(shape(`{"a":[1,[2,3],4]}`, { maxListLength: 3 })).toBeNull()
    const manyFields = `{${Array.from({ length: 2_000 }, (_, index) => `"f${index}":1`).join(',')}}`
    expect(shape(manyFields)).toBeNull()
    expect(shape(manyFields, { maxValues: 1_500 })).toMatch(/more than 1,500 values/)
  })

  it('refuses a text longer than any library text can be written, escapes counted as written', () => {
    expect(shape(`["${'é'.repeat(500)}"]`)).toBeNull()
    expect(shape(`["${'\\u00e9'.repeat(200)}"]`)).toMatch(/a text of 1200 bytes \(at byte 2\)/)
  })

  it('refuses deep nesting before JSON.parse could recurse into it', () => {
    const result = parseJsonEntry(strToU8(`{"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`), roomy)
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
