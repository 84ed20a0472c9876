import { describe, expect, it } from 'vitest'
import { randomBytes } from 'node:crypto'
import { vouchFor } from '../../../src/main/store/checked-documents'
import { sealedCodec } from '../../../src/main/store/file-codec'
import { compactItemSlices, itemSlices } from '../../../src/main/store/item-slices'
import { encodeDocument, serializeDocument } from '../../../src/main/store/json-file-adapter'
import { librarySchemas } from '../../../src/shared/entities'
import { irritant, partner } from './helpers'

// The slices must be exactly the items the store wrote, whatever their text holds: the writer
// here is the store's own (serializeDocument), so a change to how it lays files out fails this.
const awkward = [
  // Text that looks like the layout's own lines, quotes, backslashes, braces, other scripts.
  {
    ...irritant('irr-awkward'),
    title: { en: 'Line\n    }\n  ]\n}\n and "quotes" \\ back', fr: "« Réfugiés » <&>'" },
    context: { en: '{"id": "fake"}', fr: 'مرحبا 🙂 \u2028 end' }
  },
  { ...partner('mexico', 'Mexico'), keyFacts: [{ id: 'nested-id', text: { en: 'x', fr: 'y' } }] },
  irritant('irr-last')
]

function file(items: unknown[], schemaVersion = 6): Buffer {
  return Buffer.from(serializeDocument({ schemaVersion, items }))
}

function parsedSlices(bytes: Buffer, schemaVersion = 6): Record<string, unknown> | null {
  const slices = itemSlices(bytes, schemaVersion)
  if (slices === null) return null
  return Object.fromEntries(
    [...slices].map(([id, slice]) => [id, JSON.parse(bytes.toString('utf8', slice.start, slice.end))])
  )
}

describe('the items of a collection file, found in its bytes', () => {
  it('gives each item, by id, exactly as written', () => {
    expect(parsedSlices(file(awkward))).toEqual(Object.fromEntries(awkward.map((item) => [item.id, item])))
  })

  it('reads a file of one item and a file of none', () => {
    expect(parsedSlices(file([irritant('only')]))).toEqual({ only: irritant('only') })
    expect(parsedSlices(file([]))).toEqual({})
  })

  it('refuses a file at another data version', () => {
    expect(parsedSlices(file(awkward, 5))).toBeNull()
  })

  it('refuses the file cut short anywhere, or with anything after its end', () => {
    const bytes = file(awkward)
    for (let length = 0; length < bytes.length; length += 37) {
      expect(itemSlices(bytes.subarray(0, length), 6)).toBeNull()
    }
    expect(itemSlices(bytes.subarray(0, bytes.length - 1), 6)).toBeNull()
    expect(itemSlices(Buffer.concat([bytes, Buffer.from('\n')]), 6)).toBeNull()
    expect(itemSlices(Buffer.concat([file([]), Buffer.from(' ')]), 6)).toBeNull()
  })

  it('refuses layouts Dossier does not write', () => {
    const document = { schemaVersion: 6, items: awkward }
    expect(itemSlices(Buffer.from(JSON.stringify(document)), 6)).toBeNull()
    expect(itemSlices(Buffer.from(`${JSON.stringify(document, null, 4)}\n`), 6)).toBeNull()
    expect(itemSlices(Buffer.from(`${JSON.stringify(document, null, '\t')}\n`), 6)).toBeNull()
    expect(itemSlices(Buffer.from(serializeDocument({ items: awkward, schemaVersion: 6 })), 6)).toBeNull()
  })

  it('refuses an item without an id of its own, and an id given twice', () => {
    const { id: _id, ...nameless } = irritant('nameless')
    expect(parsedSlices(file([irritant('a'), { ...nameless, nested: { id: 'inner' } }]))).toBeNull()
    expect(parsedSlices(file([{ ...nameless, nested: { id: 'inner' } }, irritant('a')]))).toBeNull()
    expect(parsedSlices(file([irritant('a'), { ...irritant('b'), id: 7 }]))).toBeNull()
    expect(parsedSlices(file([irritant('twice'), irritant('other'), irritant('twice')]))).toBeNull()
  })
})

// A sealed folder's files, written by the store's own encoder and opened with the folder's key.
const codec = sealedCodec(randomBytes(32))
const ROLE = 'library/irritants.json'

function sealedText(items: unknown[], { marked = true, schemaVersion = 6 } = {}): Buffer {
  const document = { schemaVersion, items }
  if (marked) vouchFor(document, 'a-schema-id')
  return codec.consumeBytes(ROLE, Buffer.from(encodeDocument(codec, ROLE, document)))
}

function compactParsed(text: Buffer, schemaVersion = 6): { items: Record<string, unknown>; mark: unknown } | null {
  const found = compactItemSlices(text, schemaVersion)
  if (found === null) return null
  const items = Object.fromEntries(
    [...found.slices].map(([id, slice]) => [id, JSON.parse(text.toString('utf8', slice.start, slice.end))])
  )
  return { items, mark: found.mark }
}

const backslashes = { ...irritant('irr-backslash'), title: { en: 'ends in a backslash \\', fr: '\\"{[' } }

describe('the items of a sealed collection file, found in its text', () => {
  it('gives each item, by id, exactly as written, and the mark', () => {
    const items = [...awkward, backslashes]
    const found = compactParsed(sealedText(items))
    expect(found?.items).toEqual(Object.fromEntries(items.map((item) => [item.id, item])))
    expect(codec.readCheckedMark(ROLE, 6, found?.mark)).toBe('a-schema-id')
  })

  it('reads a file without a mark, and a file of no items', () => {
    expect(compactParsed(sealedText(awkward, { marked: false }))?.mark).toBeUndefined()
    expect(compactParsed(sealedText([]))?.items).toEqual({})
  })

  it('refuses another data version, a cut file, anything after its end, and other layouts', () => {
    const text = sealedText(awkward)
    expect(compactItemSlices(text, 5)).toBeNull()
    for (let length = 0; length < text.length; length += 29) {
      expect(compactItemSlices(text.subarray(0, length), 6)).toBeNull()
    }
    expect(compactItemSlices(Buffer.concat([text, Buffer.from(' ')]), 6)).toBeNull()
    expect(compactItemSlices(file(awkward), 6)).toBeNull()
    const other = JSON.stringify({ schemaVersion: 6, items: awkward, checked: {}, more: 1 })
    expect(compactItemSlices(Buffer.from(other), 6)).toBeNull()
  })

  it('finds an id wherever it stands among the item’s own keys, never a nested one', () => {
    const { id: _id, ...nameless } = irritant('nameless')
    const late = { ...nameless, id: 'late' }
    expect(compactParsed(sealedText([irritant('a'), late]))?.items).toEqual({ a: irritant('a'), late })
    const nestedOnly = { ...nameless, note: { id: 'inner' }, list: [{ id: 'in-list' }], kind: 'id' }
    expect(compactItemSlices(sealedText([irritant('a'), nestedOnly]), 6)).toBeNull()
  })

  it('finds by their lines items written as the store writes them, id first, history last', () => {
    const edited = {
      ...irritant('irr-edited'),
      version: 2,
      history: [{ ...irritant('irr-edited'), history: undefined }]
    }
    const irritants = [awkward[0]!, awkward[2]!, backslashes, edited]
    const items = irritants.map((item) => librarySchemas.irritant.parse(item))
    const text = sealedText(items)
    // One item per line: the newlines between them are the only ones in the text.
    expect(text.toString('latin1').split('\n')).toHaveLength(items.length + 2)
    const found = compactItemSlices(text, 6)!
    expect(compactParsed(text)?.items).toEqual(Object.fromEntries(items.map((item) => [item.id, item])))
    for (const [id, slice] of found.slices) {
      expect(text.toString('latin1', slice.lastKey, slice.lastKey! + 10), id).toBe('"history":')
    }
  })

  it('reads a file written before items stood on lines of their own, all on one line', () => {
    const items = [...awkward, backslashes]
    const mark = codec.markChecked(ROLE, 6, 'a-schema-id')
    const text = Buffer.from(JSON.stringify({ schemaVersion: 6, items, checked: mark }))
    const found = compactParsed(text)
    expect(found?.items).toEqual(Object.fromEntries(items.map((item) => [item.id, item])))
    expect(codec.readCheckedMark(ROLE, 6, found?.mark)).toBe('a-schema-id')
  })

  it('refuses an id given twice, or that is not a string', () => {
    expect(compactItemSlices(sealedText([irritant('twice'), irritant('twice')]), 6)).toBeNull()
    expect(compactItemSlices(sealedText([{ ...irritant('a'), id: 7 }]), 6)).toBeNull()
  })
})
