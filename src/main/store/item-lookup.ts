import { join } from 'node:path'
import type { z } from 'zod'
import type { LibraryItemByKind, LibraryKind } from '@shared/entities'
import type { DocumentSpec } from './documents'
import { journalPath, readJournal } from './journal'
import type { FileIo } from './json-file-adapter'
import type { Versioning } from './load-file'
import { checkEntries } from './replay-journal'
import { trustedItems } from './trusted-items'

// `dossier export brief` at 20,000 items spent most of its second in reading the library: 58 MB
// decoded (115 ms), parsed (185 ms) and collected again (154 ms) under --cpu-prof, for the score
// of items one brief places. A plain collection file whose very bytes passed their schema before
// (content-checks.ts) is, to the byte, what Dossier writes, so each item's text can be found in
// it without parsing the rest (item-slices.ts), and is parsed only when the command asks for it.
// So can a sealed file's, once its seal holds and its mark vouches for its content. The trust is
// the one an ordinary open already gives those files when it skips their validation. Whatever
// this cannot vouch for (bytes not seen before, a sealed file without its mark, a journal with
// damage, a layout not Dossier's) is left to the full read, with its repairs.

/** Items of one library collection, each parsed when first asked for. */
export interface ItemLookup<T> {
  get(id: string): T | undefined
}

/** A lookup per library kind; a kind without one was read in full. */
export type LibraryLookups = { [K in LibraryKind]?: ItemLookup<LibraryItemByKind[K]> }

/** The collection's items by id, with its journal's saves over them; null when only a full read will do. */
export async function openItemLookup<T extends { id: string }>(
  io: FileIo & { dataDir: string; versioning: Versioning },
  spec: DocumentSpec<T[]>,
  itemSchema: z.ZodType<T>
): Promise<ItemLookup<T> | null> {
  const { dataDir, versioning } = io
  const checked = spec.checked
  if (checked === undefined) return null
  const journalRel = journalPath(spec.relPath)
  let bytes: Buffer
  let journal: Awaited<ReturnType<typeof readJournal>>
  try {
    ;[bytes, journal] = await Promise.all([
      io.fs.readFile(join(dataDir, ...spec.relPath.split('/'))),
      readJournal(io, journalRel, join(dataDir, ...journalRel.split('/')))
    ])
  } catch {
    // A file gone or unreadable: the full read repairs it, or says what is wrong.
    return null
  }
  const found = await trustedItems(io, spec.relPath, bytes, versioning.current, checked)
  if (!found) return null
  const { text, slices } = found
  // A journal set aside, or taken from its copy, is damage the full read reports and repairs.
  if (journal.bad !== null || journal.fromCopy === true || journal.strayEntry === true) return null
  // Each save is checked against its kind's schema as a full read checks it; one that fails is
  // damage the full read reports.
  if (checkEntries(journal, itemSchema, versioning.current, versioning, journalRel).bad !== null) return null
  const saved = new Map<string, T | undefined>()
  for (const entry of journal.entries) {
    if (entry.op === 'remove') saved.set(entry.id, undefined)
    else saved.set(entry.item.id, entry.item as unknown as T)
  }
  const parsed = new Map<string, T>()
  return {
    get: (id) => {
      if (saved.has(id)) return saved.get(id)
      const known = parsed.get(id)
      if (known !== undefined) return known
      const slice = slices.get(id)
      if (slice === undefined) return undefined
      // Proven or marked: the item's text parses, and to a value that passed its schema.
      const item = JSON.parse(text.toString('utf8', slice.start, slice.end)) as T
      parsed.set(id, item)
      return item
    }
  }
}
