/** The data version this build writes; files carrying an older one are upgraded by migrations. */
export const SCHEMA_VERSION = 1
