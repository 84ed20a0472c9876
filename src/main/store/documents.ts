import { z } from 'zod'
import { briefSchema, DEFAULT_SETTINGS, librarySchemas, packageSchema, settingsSchema } from '@shared/entities'
import type { Brief, LibraryItemByKind, LibraryKind, Package, Settings } from '@shared/entities'
import { meetingRecordSchema } from '@shared/records'
import type { MeetingRecord } from '@shared/records'
import { schemaId, vouchFor } from './checked-documents'
import type { JsonObject } from './json-file-adapter'

/** How one kind of data file is laid out: where it lives, how it is checked and written. */
export interface DocumentSpec<V> {
  readonly relPath: string
  /** What the store holds when the file is absent or lost; undefined when the file simply goes away. */
  readonly empty: V | undefined
  /** Checks a document already upgraded to the current version and returns its typed value. */
  parse(document: unknown): { ok: true; value: V } | { ok: false; problem: string }
  toDocument(value: V, schemaVersion: number): JsonObject
  /**
   * For a kind of file worth not validating twice (see checked-documents.ts): the id of its
   * schema, and how the value is taken from a document known to pass it.
   */
  readonly checked?: { schemaId: string; pick(document: JsonObject): V }
}

export const LIBRARY_FILES: Record<LibraryKind, string> = {
  partner: 'library/partners.json',
  keyMessage: 'library/key-messages.json',
  irritant: 'library/irritants.json',
  backgroundNote: 'library/background-notes.json'
}
export const PACKAGES_FILE = 'packages.json'
export const RECORDS_FILE = 'records.json'
export const SETTINGS_FILE = 'settings.json'
export const LIBRARY_DIR = 'library'
export const BRIEFS_DIR = 'briefs'
/** Where damaged files are kept (copied, never moved or deleted) and repairs are written down. */
export const RECOVERED_DIR = 'recovered'

/** The path of a brief's own file; ids are checked by idSchema, so they are safe as file names. */
export function briefFile(id: string): string {
  return `${BRIEFS_DIR}/${id}.json`
}

const version = z.number().int().min(1)

/**
 * A file holding a list of items with distinct ids: a library collection or the packages. Its
 * documents are vouched for when made from items (which the store holds only once validated),
 * so a sealed file of them is not validated again when read.
 */
export function itemsSpec<T extends { id: string }>(relPath: string, itemSchema: z.ZodType<T>): DocumentSpec<T[]> {
  // Built and named when first needed: a file known to pass is never validated, and making
  // zod schemas and working out their ids was a tenth of a command's time (--cpu-prof).
  const id = () => schemaId(itemSchema)
  let schema: z.ZodType<{ schemaVersion: number; items: T[] }> | undefined
  const fileSchema = () =>
    (schema ??= z.object({ schemaVersion: version, items: z.array(itemSchema) }).superRefine((document, ctx) => {
      const seen = new Set<string>()
      document.items.forEach((item, index) => {
        if (seen.has(item.id))
          ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `The id ${item.id} appears twice.` })
        seen.add(item.id)
      })
    }))
  return {
    relPath,
    empty: [],
    parse: (document) => outcome(fileSchema().safeParse(document), (doc) => doc.items),
    toDocument: (items, schemaVersion) => {
      const document = { schemaVersion, items }
      vouchFor(document, id)
      return document
    },
    checked: {
      get schemaId() {
        return id()
      },
      pick: (document) => document.items as T[]
    }
  }
}

/** The contract schema of one library kind, typed by its kind (TypeScript cannot follow K through the table). */
export function librarySchema<K extends LibraryKind>(kind: K): z.ZodType<LibraryItemByKind[K]> {
  return librarySchemas[kind] as unknown as z.ZodType<LibraryItemByKind[K]>
}

/** The file of one library collection. */
export function librarySpec<K extends LibraryKind>(kind: K): DocumentSpec<LibraryItemByKind[K][]> {
  return itemsSpec(LIBRARY_FILES[kind], librarySchema(kind))
}

/** The packages file. */
export function packagesSpec(): DocumentSpec<Package[]> {
  return itemsSpec(PACKAGES_FILE, packageSchema)
}

/** The records of discussion, with the commitments made in them (from data version 6). */
export function recordsSpec(): DocumentSpec<MeetingRecord[]> {
  return itemsSpec(RECORDS_FILE, meetingRecordSchema)
}

/** The settings file; when it is absent the defaults apply, and so they do to a choice it lacks. */
export function settingsSpec(): DocumentSpec<Settings> {
  // Choices added since a file was saved are absent from it: the file is not damaged for that.
  const schema = () =>
    z.object({
      schemaVersion: version,
      settings: settingsSchema.partial().required({ uiLanguage: true, author: true })
    })
  return {
    relPath: SETTINGS_FILE,
    empty: { ...DEFAULT_SETTINGS },
    parse: (document) => outcome(schema().safeParse(document), (doc) => withDefaults(doc.settings)),
    toDocument: (settings, schemaVersion) => ({ schemaVersion, settings })
  }
}

// Each choice the file lacks takes its default; the name and interface language were there from the start.
function withDefaults(saved: Partial<Settings> & Pick<Settings, 'uiLanguage' | 'author'>): Settings {
  return {
    uiLanguage: saved.uiLanguage,
    author: saved.author,
    idleLockMinutes: saved.idleLockMinutes ?? DEFAULT_SETTINGS.idleLockMinutes,
    office: saved.office ?? DEFAULT_SETTINGS.office,
    defaultMarking: saved.defaultMarking ?? DEFAULT_SETTINGS.defaultMarking,
    // Before this choice, a new brief started in the interface language: it still does.
    defaultBriefLanguage: saved.defaultBriefLanguage ?? saved.uiLanguage,
    welcomed: saved.welcomed ?? DEFAULT_SETTINGS.welcomed
  }
}

/** One brief's file; the brief inside must carry the id its file name says. */
export function briefSpec(id: string): DocumentSpec<Brief> {
  // Not vouched for when written (a sealed brief is validated at each open, as before); a plain
  // brief's bytes known to have passed are (content-checks.ts). The file's path, which names the
  // id the check below compares, is part of what was remembered.
  const schema = () =>
    z.object({ schemaVersion: version, brief: briefSchema }).refine((doc) => doc.brief.id === id, {
      path: ['brief', 'id'],
      message: `The brief's id does not match its file name (${id}).`
    })
  return {
    relPath: briefFile(id),
    empty: undefined,
    parse: (document) => outcome(schema().safeParse(document), (doc) => doc.brief),
    toDocument: (brief, schemaVersion) => ({ schemaVersion, brief }),
    checked: {
      get schemaId() {
        return schemaId(briefSchema)
      },
      pick: (document) => document.brief as Brief
    }
  }
}

function outcome<D, V>(
  result: z.ZodSafeParseResult<D>,
  pick: (document: D) => V
): { ok: true; value: V } | { ok: false; problem: string } {
  if (result.success) return { ok: true, value: pick(result.data) }
  return { ok: false, problem: describeIssues(result.error) }
}

/** The first problem of a failed validation, named by its path, for logs and error messages. */
export function describeIssues(error: z.ZodError): string {
  const [first] = error.issues
  if (!first) return 'The content is not valid.'
  const where = first.path.length > 0 ? `${first.path.map(String).join('.')}: ` : ''
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : ''
  return `${where}${first.message}${more}`
}
