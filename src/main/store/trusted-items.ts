import { provenBytes, rememberContent, vouchFor } from './checked-documents'
import { sha256InBackground } from './content-checks'
import { compactItemSlices, itemSlices } from './item-slices'
import type { ItemSlice } from './item-slices'
import type { FileIo, JsonObject } from './json-file-adapter'
import { holdsEarlierVersions, itemsWithLazyHistory } from './lazy-history'
import type { ItemLayout } from './lazy-history'

/** A collection file's items, found in its text without parsing it, and how that text is laid out. */
export interface TrustedItems {
  text: Buffer
  slices: Map<string, ItemSlice>
  layout: ItemLayout
  /** A plain file's SHA-256, worked out to prove it. */
  sha256?: string
}

/**
 * The items of a collection file's `bytes` (as read from disk) at data version `version`, when
 * they are trusted as passing the schema `checked` names the way a full read trusts them: see
 * trustedText. Null otherwise: the caller reads the file in full, with its validation and repairs.
 */
export async function trustedItems(
  io: FileIo,
  role: string,
  bytes: Buffer,
  version: number,
  checked: { readonly schemaId: string }
): Promise<TrustedItems | null> {
  if (!io.codec.sealed) return trustedText(io, role, bytes, version, checked, sha256InBackground(bytes))
  let text: Buffer
  try {
    text = io.codec.consumeBytes(role, bytes)
  } catch {
    return null
  }
  return trustedText(io, role, text, version, checked)
}

/**
 * The items of a collection file's `text` (a sealed file's, already opened; a plain file's bytes
 * with `sha256`, their digest on its way) when trusted: a plain file whose very bytes this account
 * proved before (content-checks.ts), or a sealed one whose mark names this schema
 * (checked-documents.ts; only the data key makes one).
 */
async function trustedText(
  io: FileIo,
  role: string,
  text: Buffer,
  version: number,
  checked: { readonly schemaId: string },
  sha256?: Promise<string>
): Promise<TrustedItems | null> {
  if (io.codec.sealed) {
    const found = compactItemSlices(text, version)
    if (found === null || found.mark === undefined) return null
    return io.codec.readCheckedMark(role, version, found.mark) === checked.schemaId
      ? { text, slices: found.slices, layout: 'compact' }
      : null
  }
  if (io.checks === undefined || sha256 === undefined) return null
  // Found while the digest is worked out on another thread; nothing is used before it is proven.
  const slices = itemSlices(text, version)
  // A hash that fails proves nothing: the file is read in full, as when it was never proven.
  const digest = await sha256.catch(() => null)
  return digest !== null && slices !== null && provenBytes(io.checks, role, digest, checked)
    ? { text, slices, layout: 'indented', sha256: digest }
    : null
}

/**
 * A collection file's document, from its `text` (see trustedText), with each item's history left
 * to be parsed when first read (lazy-history.ts), when the text is trusted and laid out as the
 * store writes it at data version `version`; null otherwise, and the caller parses it in full.
 */
export async function withLazyHistories(
  io: FileIo,
  role: string,
  text: Buffer,
  version: number,
  checked: { readonly schemaId: string },
  sha256?: Promise<string>
): Promise<JsonObject | null> {
  if (!holdsEarlierVersions(text, io.codec.sealed ? 'compact' : 'indented')) return null
  const found = await trustedText(io, role, text, version, checked, sha256)
  const items = found && itemsWithLazyHistory(found.text, found.slices.values(), found.layout)
  if (!found || !items) return null
  const document: JsonObject = { schemaVersion: version, items }
  // Trusted as a full read of these bytes would be: by this account's check, or by the seal's mark.
  if (found.sha256 !== undefined && io.checks !== undefined) rememberContent(document, io.checks, role, found.sha256)
  else vouchFor(document, checked.schemaId)
  return document
}
