import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  isSealedFile,
  openFile,
  openLine,
  SealBrokenError,
  sealFile,
  sealLine
} from '../../../../src/main/store/crypto/envelope'

const key = randomBytes(32)
const text = '{"schemaVersion":1,"items":[{"id":"km-1","title":"Seasonal Agricultural Worker Program"}]}'

describe('sealed files and journal lines', () => {
  it('round-trips, and nothing of the text shows in the sealed bytes', () => {
    const sealed = sealFile(key, 'library/key-messages.json', 1, text)
    expect(isSealedFile(sealed)).toBe(true)
    expect(sealed.toString('latin1')).not.toContain('Seasonal')
    expect(sealed.toString('latin1')).not.toContain('"id":')
    expect(openFile(key, 'library/key-messages.json', sealed)).toBe(text)
    // A fresh nonce every time: the same text never seals to the same bytes.
    expect(sealFile(key, 'library/key-messages.json', 1, text).equals(sealed)).toBe(false)
  })

  it('refuses a flipped byte anywhere, another role, another key and a plain file', () => {
    const sealed = sealFile(key, 'library/key-messages.json', 1, text)
    for (const at of [0, 20, sealed.length >> 1, sealed.length - 1]) {
      const flipped = Buffer.from(sealed)
      flipped[at]! ^= 0x01
      expect(() => openFile(key, 'library/key-messages.json', flipped)).toThrow(SealBrokenError)
    }
    expect(() => openFile(key, 'library/partners.json', sealed)).toThrow(SealBrokenError)
    expect(() => openFile(randomBytes(32), 'library/key-messages.json', sealed)).toThrow(SealBrokenError)
    expect(() => openFile(key, 'library/key-messages.json', Buffer.from(text))).toThrow(SealBrokenError)
    expect(isSealedFile(Buffer.from(text))).toBe(false)
  })

  it('opens a file of many cipher chunks, from a string or from bytes, copied or in place', () => {
    // Past several 64 KiB chunks and not a multiple of one, with multi-byte characters across the joins.
    const long = `{"text":"${'déjà vu 🇨🇦 '.repeat(40_000)}"}`
    const fromBytes = sealFile(key, 'library/irritants.json', 3, Buffer.from(long, 'utf8'))
    expect(openFile(key, 'library/irritants.json', sealFile(key, 'library/irritants.json', 3, long))).toBe(long)
    const kept = Buffer.from(fromBytes)
    expect(openFile(key, 'library/irritants.json', fromBytes)).toBe(long)
    expect(fromBytes.equals(kept)).toBe(true)
    expect(openFile(key, 'library/irritants.json', fromBytes, true)).toBe(long)
    expect(fromBytes.equals(kept)).toBe(false)
  })

  it('refuses a flipped byte in the last chunk when opening in place, as when copying', () => {
    const sealed = sealFile(key, 'library/irritants.json', 3, 'x'.repeat(200_000))
    sealed[sealed.length - 100]! ^= 0x01
    expect(() => openFile(key, 'library/irritants.json', Buffer.from(sealed), true)).toThrow(SealBrokenError)
    expect(() => openFile(key, 'library/irritants.json', sealed)).toThrow(SealBrokenError)
  })

  it('binds the schema version in: a file relabelled as another version does not open', () => {
    const sealed = sealFile(key, 'settings.json', 1, '{}')
    const relabelled = Buffer.from(sealed)
    relabelled.writeUInt32BE(2, 'DOSSIER-SEALED-1\n'.length)
    expect(() => openFile(key, 'settings.json', relabelled)).toThrow(SealBrokenError)
  })

  it('seals a journal line as one line of base64, bound to its journal', () => {
    const line = sealLine(key, 'library/partners.journal.jsonl', '{"op":"remove","id":"a"}')
    expect(line).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(openLine(key, 'library/partners.journal.jsonl', Buffer.from(line))).toBe('{"op":"remove","id":"a"}')
    expect(() => openLine(key, 'library/irritants.journal.jsonl', Buffer.from(line))).toThrow(SealBrokenError)
    expect(() => openLine(key, 'library/partners.journal.jsonl', Buffer.from(line.slice(0, -8)))).toThrow(
      SealBrokenError
    )
  })
})
