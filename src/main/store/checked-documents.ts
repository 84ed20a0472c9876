import { createHash } from 'node:crypto'
import { z } from 'zod'
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
const passed = new WeakMap<JsonObject, string>()

/** Records that `document`, as it is, is valid against the schema `schemaId` names. */
export function vouchFor(document: JsonObject, schemaId: string): void {
  passed.set(document, schemaId)
}

/** The schema `document` is known to pass, if any. */
export function vouchedSchema(document: JsonObject): string | undefined {
  return passed.get(document)
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
