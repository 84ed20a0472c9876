import type { LibraryKind } from '@shared/entities'

// On its own because the import gate, which every `dossier` run loads, needs only this of the
// preview: importing it from preview-import.ts pulled the bundle writer and its zip library into
// the command's start.

/** The key under which applyImport expects the choice for an entry: `keyMessage:km-visa`. */
export function choiceKey(kind: LibraryKind, id: string): string {
  return `${kind}:${id}`
}
