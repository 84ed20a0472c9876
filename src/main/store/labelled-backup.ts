import { rotateLabelledBackups } from './backup-rotation'
import { writeBackup } from './backups'
import type { WriteContext } from './collections'
import { encodeDocument } from './json-file-adapter'
import type { JsonObject } from './json-file-adapter'
import { fileStamp } from './timestamp'

/**
 * Writes the documents the store holds in memory (every acknowledged save, journals included) as
 * backups/<stamp>-<label>, rotated with the other backups of that label; returns its name. Made
 * before an operation that changes much at once: an import, a restore.
 */
export async function writeLabelledBackup(
  context: WriteContext,
  label: string,
  at: Date,
  documents: ReadonlyArray<{ relPath: string; document: JsonObject }>
): Promise<string> {
  const cleaned = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  // A label without a letter (say "2026") would make <stamp>-2026, a start-up backup's name.
  const safeLabel = /[a-z]/.test(cleaned) ? cleaned : `backup-${cleaned}`.replace(/-$/, '')
  const encoded = documents.map(({ relPath, document }) => ({
    relPath,
    bytes: encodeDocument(context.codec, relPath, document)
  }))
  const name = await writeBackup(context.fs, context.dataDir, `${fileStamp(at)}-${safeLabel}`, encoded)
  // Rotated here too, not only at the next open: one session can run many imports. A failure
  // to delete an old backup must not fail an operation whose backup is safely made.
  await rotateLabelledBackups(context.fs, context.dataDir, name, context.keepImportBackups, at).catch(() => undefined)
  return name
}
