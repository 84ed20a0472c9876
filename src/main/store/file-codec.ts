import { isUtf8 } from 'node:buffer'
import { checkedMarks } from './crypto/checked-mark'
import type { CheckedMark } from './crypto/checked-mark'
import { openFile, openFileBytes, openLine, SealBrokenError, sealFile, sealLine } from './crypto/envelope'

/**
 * How the bytes of data files and journal lines are written: plain JSON, or sealed with the
 * folder's data key (crypto/envelope.ts). `role` is the file's path in the data folder (a second
 * copy or a backup copy has its original's role), bound into the seal.
 */
export interface FileCodec {
  readonly sealed: boolean
  /** `text` as a string, or as its UTF-8 bytes (which a sealed file keeps as they are). */
  encodeFile(role: string, schemaVersion: number, text: string | Buffer): string | Buffer
  /** The text of a file; throws SealBrokenError when a sealed file is not intact. */
  decodeFile(role: string, bytes: Buffer): string
  /**
   * decodeFile for a caller that read the bytes for their text alone: a sealed file is opened in
   * place, sparing a buffer the size of the file, and `bytes` must not be used afterwards.
   */
  consumeFile(role: string, bytes: Buffer): string
  /** consumeFile for a file whose content is bytes, not text (the saved search index). */
  consumeBytes(role: string, bytes: Buffer): Buffer
  /** One journal line, without its newline; the result holds no newline either. */
  encodeLine(role: string, line: string): string
  decodeLine(role: string, line: Buffer): string
  /**
   * A mark for a document at `role` whose content passed the schema `schema` names; null where
   * marks are not kept, because nobody could trust them (a plain folder).
   */
  markChecked(role: string, schemaVersion: number, schema: string): CheckedMark | null
  /** The schema a document's mark vouches for, when the mark is good; null otherwise. */
  readCheckedMark(role: string, schemaVersion: number, mark: unknown): string | null
}

// Fatal for journal lines, so bytes that are not UTF-8 (a sector of garbage) count as damage
// instead of being silently turned into replacement characters inside an item's text.
const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * A plain file's text, its bytes checked first: decoded leniently, bytes that are not UTF-8 became
 * replacement characters, which read as good JSON, and the next save wrote them over the file's
 * good second copy too. A SyntaxError, as for any malformed text, so the file counts as damaged.
 */
function utf8Text(bytes: Buffer): string {
  if (!isUtf8(bytes)) throw new SyntaxError('The file holds bytes that are not UTF-8 text.')
  return bytes.toString('utf8')
}

export const plainCodec: FileCodec = {
  sealed: false,
  encodeFile: (_role, _schemaVersion, text) => text,
  decodeFile: (_role, bytes) => utf8Text(bytes),
  consumeFile: (_role, bytes) => utf8Text(bytes),
  consumeBytes: (_role, bytes) => bytes,
  encodeLine: (_role, line) => line,
  decodeLine: (_role, line) => utf8.decode(line),
  markChecked: () => null,
  readCheckedMark: () => null
}

/** Seals everything with the data key; a plain file found in a sealed folder is damage, not data. */
export function sealedCodec(dataKey: Buffer): FileCodec {
  const marks = checkedMarks(dataKey)
  return {
    sealed: true,
    encodeFile: (role, schemaVersion, text) => sealFile(dataKey, role, schemaVersion, text),
    decodeFile: (role, bytes) => openFile(dataKey, role, bytes),
    consumeFile: (role, bytes) => openFile(dataKey, role, bytes, true),
    consumeBytes: (role, bytes) => openFileBytes(dataKey, role, bytes, true),
    encodeLine: (role, line) => sealLine(dataKey, role, line),
    decodeLine: (role, line) => openLine(dataKey, role, line),
    markChecked: marks.make,
    readCheckedMark: marks.read
  }
}

export { SealBrokenError }
