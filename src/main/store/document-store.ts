import { z } from 'zod'
import { DataFile } from './data-file'
import type { DocumentSpec } from './documents'
import { describeIssues } from './documents'
import { SerialFile } from './serial-file'
import { StoreError } from './store-error'
import type { WriteContext } from './collections'
import { writeOrExplain } from './collections'

/** What the store offers on a single-document file: read it, or change it in one durable write. */
export interface DocumentApi<V> {
  get(): V
  /** Applies the change and resolves once it is on disk; a change that breaks the schema is refused. */
  update(change: (value: V) => V): Promise<V>
}

/**
 * A data file holding one document (the signing keys, the watched folders) with one write queue:
 * written like settings (atomically, with its second copy), backed up with the rest, and sealed
 * with the folder's key when the folder is encrypted. `what` names it in a refusal.
 */
export function createDocumentStore<V>(
  context: WriteContext,
  spec: DocumentSpec<V>,
  schema: z.ZodType<V>,
  initial: V,
  what: string
): { api: DocumentApi<V>; file: SerialFile<V> } {
  const data = new DataFile(context, context.dataDir, spec.relPath)
  const file = new SerialFile<V>(
    initial,
    (value) => writeOrExplain(context, data, spec.toDocument(value, context.schemaVersion)),
    (value) => structuredClone(value)
  )
  const api: DocumentApi<V> = {
    get: () => structuredClone(file.state),
    update: async (change) => {
      await file.change((draft) => {
        const next = schema.safeParse(change(draft))
        if (!next.success) {
          throw new StoreError('invalid-input', `Dossier did not save ${what}: ${describeIssues(next.error)}`)
        }
        return next.data
      })
      return structuredClone(file.state)
    }
  }
  return { api, file }
}

/**
 * The spec of a file holding one document under `field` beside its schemaVersion; when the file
 * is absent the store holds `empty`.
 */
export function singleDocumentSpec<V>(relPath: string, field: string, schema: z.ZodType<V>, empty: V): DocumentSpec<V> {
  const document = z.object({ schemaVersion: z.number().int().min(1), [field]: schema })
  return {
    relPath,
    empty,
    parse: (value) => {
      const parsed = document.safeParse(value)
      return parsed.success
        ? { ok: true, value: (parsed.data as Record<string, unknown>)[field] as V }
        : { ok: false, problem: describeIssues(parsed.error) }
    },
    toDocument: (value, schemaVersion) => ({ schemaVersion, [field]: value as never })
  }
}
