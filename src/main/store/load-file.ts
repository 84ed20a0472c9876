import { noteIfCanonical, provenByContent, vouchedSchema } from './checked-documents'
import type { FileCodec } from './file-codec'
import type { DataFile } from './data-file'
import type { DocumentSpec } from './documents'
import { isDamagedFileError, serializeDocument } from './json-file-adapter'
import type { JsonObject } from './json-file-adapter'
import { MigrationFailedError, migrations, runMigrations } from './migrations/index'
import type { Migration } from './migrations/index'
import { readFailed, StoreError } from './store-error'
import { SCHEMA_VERSION } from './version'

/** The data version this build writes and the steps that reach it from older ones. */
export interface Versioning {
  current: number
  steps: readonly Migration[]
}

export const DEFAULT_VERSIONING: Versioning = { current: SCHEMA_VERSION, steps: migrations }

/** What reading one data file found. `diskVersion` is the version stored, before any upgrade. */
export type Loaded<V> =
  | { status: 'missing' }
  | {
      status: 'ok'
      value: V
      diskVersion: number
      /** True when this read validated the content against its schema: nothing vouched for it. */
      validated?: boolean
    }
  | { status: 'damaged'; problem: string }
  | { status: 'too-new'; diskVersion: number }

/** Reads one data file once: parses, refuses newer data, upgrades older data, validates. */
export async function loadFile<V>(
  file: DataFile,
  spec: DocumentSpec<V>,
  versioning: Versioning,
  dataDir: string
): Promise<Loaded<V>> {
  let raw: unknown
  try {
    raw = await file.read()
  } catch (error) {
    if (isDamagedFileError(error)) return { status: 'damaged', problem: (error as Error).message }
    throw readFailed(file.relPath, dataDir, error)
  }
  if (raw === null) return (await file.hasCopy()) ? GONE_WITH_COPY : { status: 'missing' }
  return interpretDocument(raw, spec, versioning)
}

/** A file removed from outside whose second copy is still there: repaired like a damaged one, from that copy. */
export const GONE_WITH_COPY = {
  status: 'damaged',
  problem: 'The file is missing, but its second copy is there.'
} as const

/** Checks a parsed document's version, upgrades it if older and validates it against its spec. */
export function interpretDocument<V>(
  raw: unknown,
  spec: DocumentSpec<V>,
  versioning: Versioning
): Exclude<Loaded<V>, { status: 'missing' }> {
  const diskVersion = (raw as { schemaVersion?: unknown }).schemaVersion
  if (typeof diskVersion !== 'number' || !Number.isInteger(diskVersion) || diskVersion < 1) {
    return { status: 'damaged', problem: 'The file has no valid schemaVersion.' }
  }
  if (diskVersion > versioning.current) return { status: 'too-new', diskVersion }
  // Sealed after passing this very schema, at this data version (see checked-documents.ts), or,
  // in a plain folder, these very bytes passed it before (content-checks.ts).
  if (diskVersion === versioning.current && spec.checked !== undefined) {
    const vouched = vouchedSchema(raw as JsonObject)
    if (
      (vouched !== undefined && vouched === spec.checked.schemaId) ||
      provenByContent(raw as JsonObject, spec.checked)
    ) {
      return { status: 'ok', value: spec.checked.pick(raw as JsonObject), diskVersion }
    }
  }
  let upgraded: unknown = raw
  if (diskVersion < versioning.current) {
    try {
      upgraded = runMigrations(raw, diskVersion, versioning.current, versioning.steps, spec.relPath)
    } catch (error) {
      // A step that chokes on the content means damaged content; a missing step is our bug.
      if (error instanceof MigrationFailedError) return { status: 'damaged', problem: error.message }
      throw error
    }
  }
  const parsed = spec.parse(upgraded)
  if (parsed.ok && diskVersion === versioning.current && spec.checked !== undefined) {
    const { value } = parsed
    noteIfCanonical(raw as JsonObject, spec.checked, () => serializeDocument(spec.toDocument(value, diskVersion)))
  }
  return parsed.ok
    ? { status: 'ok', value: parsed.value, diskVersion, validated: true }
    : { status: 'damaged', problem: parsed.problem }
}

/**
 * Whether a file just read (`loaded`, its content found stored at `diskVersion`) is written again
 * after the start-up backup: upgraded from an older data version, or marked (worthMarking).
 */
export function worthRewriting<V>(
  codec: FileCodec,
  spec: DocumentSpec<V>,
  loaded: Loaded<V>,
  diskVersion: number,
  current: number
): boolean {
  return diskVersion < current || worthMarking(codec, spec, loaded, current)
}

/**
 * True when a sealed file at the current data version was validated at this read because no
 * mark vouched for it (a folder encrypted in place keeps its files' bytes; a file sealed before
 * a schema change names the old schema), and writing it again would mark it. Written once, after
 * the start-up backup, it is read without validation at every later open: at 20,000 items, a
 * folder encrypted in place was validated in full at every start, some 300 ms of it.
 */
function worthMarking<V>(codec: FileCodec, spec: DocumentSpec<V>, loaded: Loaded<V>, current: number): boolean {
  return (
    codec.sealed &&
    loaded.status === 'ok' &&
    loaded.validated === true &&
    loaded.diskVersion === current &&
    vouchedSchema(spec.toDocument(loaded.value, current)) !== undefined
  )
}

/** The error for data written by a newer Dossier; the files are left exactly as they are. */
export function dataTooNew(file: string, diskVersion: number, current: number): StoreError {
  return new StoreError(
    'data-too-new',
    `This data folder was written by a newer version of Dossier (data version ${diskVersion}; this version reads up to ${current}). Update Dossier, or start it with another data folder.`,
    { file }
  )
}
