// 2: library items carry a source. Older Dossiers refuse version 2 folders instead of silently
// dropping the sources on their next save.

/** The data version this build writes; files carrying an older one are upgraded by migrations. */
export const SCHEMA_VERSION = 2
