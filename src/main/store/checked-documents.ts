import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { ContentChecks } from './content-checks'
import { sha256Of } from './content-checks'
import type { JsonObject } from './json-file-adapter'

// Validating a 20,000-item library with zod is the largest cost of opening an encrypted folder
// (about a third of it, with the garbage the copies leave). A file this very build sealed after
// validating its content need not be validated again: the file carries a mark only the data key
// can make (see FileCodec.markChecked), naming the schema its content passed. Plain folders never
// skip validation, since anyone can edit a plain file.
//
// Inside one process, documents known to pass a schema are remembered here, by object, from
// where they are made (a spec's toDocument, given validated values) or read (a sealed file with
// a good mark) to where they are written or interpreted. The object must not change in between.
const passed = new WeakMap<JsonObject, string | (() => string)>()

/**
 * Records that `document`, as it is, is valid against the schema `schemaId` names; given as a
 * function, the id is worked out only if asked for (a sealed write, or a mark compared).
 */
export function vouchFor(document: JsonObject, schemaId: string | (() => string)): void {
  passed.set(document, schemaId)
}

/** Whether `document` is known to pass a schema, without working out which one's id. */
export function isVouched(document: JsonObject): boolean {
  return passed.has(document)
}

/** The schema `document` is known to pass, if any. */
export function vouchedSchema(document: JsonObject): string | undefined {
  const schema = passed.get(document)
  return typeof schema === 'function' ? schema() : schema
}

/**
 * Names a schema by its shape: the SHA-256 of its JSON Schema (fields, types, limits, enums).
 * Any change to that shape gives another id, so files sealed before it are validated again.
 * What JSON Schema cannot show (a refinement's code) is not in the id; a stricter check on data
 * already stored needs a data version step, as it always did, or the files it rejects would be
 * called damaged.
 */
export function schemaId(schema: z.ZodType): string {
  let id = ids.get(schema)
  if (id === undefined) {
    const shape = JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'output' }))
    id = createHash('sha256').update(shape).digest('hex').slice(0, 32)
    ids.set(schema, id)
  }
  return id
}

// Specs are made afresh where they are needed; the id of a schema is worked out once.
const ids = new WeakMap<z.ZodType, string>()

// A plain document just read with this account's checks (content-checks.ts): where it was read
// and the SHA-256 of its bytes, until its spec is known (interpretDocument).
const contents = new WeakMap<JsonObject, { checks: ContentChecks; role: string; sha256: string }>()

/** Notes where a plain document was read and what its bytes hash to. */
export function rememberContent(document: JsonObject, checks: ContentChecks, role: string, sha256: string): void {
  contents.set(document, { checks, role, sha256 })
}

// Set by the command line's build (vite.cli.config.ts), one value per build: checks remembered by
// the same build need no schema id, whose working out (z.toJSONSchema of each schema, then a
// hash) cost some 15% of a `dossier list briefs` under --cpu-prof. Run from sources, the schema's id serves.
declare const __DOSSIER_BUILD__: string | undefined
const BUILD = typeof __DOSSIER_BUILD__ === 'string' ? __DOSSIER_BUILD__ : undefined

/** What a remembered check of a spec's schema is named by: this build, or else the schema's shape. */
function checkIdentity(checked: { readonly schemaId: string }): string {
  return BUILD === undefined ? checked.schemaId : `build ${BUILD}`
}

/**
 * After a vouched-for `document` (isVouched: made by a spec's toDocument from values its schema
 * gave) was written at `role` as bytes hashing to `sha256`: remembers those bytes as passing the
 * schema, as a read that validated them would. So the open after a save that rewrote a collection
 * (a journal folded in, an import) need not validate it all again.
 */
export function noteWritten(checks: ContentChecks, role: string, sha256: string, document: JsonObject): void {
  const schema = passed.get(document)
  if (schema === undefined) return
  // A getter, as a spec's `checked` has: the schema's id is worked out only if the identity needs it.
  checks.note(
    role,
    sha256,
    checkIdentity({
      get schemaId() {
        return typeof schema === 'function' ? schema() : schema
      }
    })
  )
}

/** True when `document`'s very bytes passed this spec's schema before, as this account remembers. */
export function provenByContent(document: JsonObject, checked: { readonly schemaId: string }): boolean {
  const content = contents.get(document)
  return content !== undefined && provenBytes(content.checks, content.role, content.sha256, checked)
}

/**
 * True when the bytes at `role` hashing to `sha256` passed this spec's schema before: bytes that
 * are, to the byte, what the store writes for a value the schema gave (see noteIfCanonical).
 */
export function provenBytes(
  checks: ContentChecks,
  role: string,
  sha256: string,
  checked: { readonly schemaId: string }
): boolean {
  return checks.passed(role, sha256) === checkIdentity(checked)
}

/**
 * After `document` passed its spec's schema: remembers its bytes, but only when they are exactly
 * `written()`, the text the store writes for the value the schema gave. Read back without the
 * schema, those bytes then give that very value.
 */
export function noteIfCanonical(
  document: JsonObject,
  checked: { readonly schemaId: string },
  written: () => string
): void {
  const content = contents.get(document)
  if (content === undefined) return
  contents.delete(document)
  if (sha256Of(written()) === content.sha256) content.checks.note(content.role, content.sha256, checkIdentity(checked))
}
