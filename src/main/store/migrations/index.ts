import { StoreError } from '../store-error'
import { addSources } from './add-sources'
import { bilingualMeetingFields } from './bilingual-meeting-fields'
import { briefApprovalStep } from './brief-approval'
import { irritantRowsStep } from './irritant-rows'
import { meetingCycleStep } from './meeting-cycle'

/** One upgrade step: turns a whole file document of data version `from` into version `to`. */
export interface Migration {
  from: number
  to: number
  migrate(data: unknown): unknown
}

/**
 * The upgrade steps, oldest first. Add one here (with a fixture file in tests/fixtures) each time
 * SCHEMA_VERSION goes up; a step receives the document as it was stored and returns the new one.
 */
export const migrations: Migration[] = [
  addSources,
  bilingualMeetingFields,
  irritantRowsStep,
  briefApprovalStep,
  meetingCycleStep
]

/** Raised when a step itself fails on a file's content: the file is damaged, not the app. */
export class MigrationFailedError extends Error {
  override readonly name = 'MigrationFailedError'
}

/**
 * Upgrades a document from version `from` to `target` by applying steps in order, and stamps
 * each result with its new schemaVersion. A missing step is a bug in this build, so it throws.
 */
export function runMigrations(
  document: unknown,
  from: number,
  target: number,
  steps: readonly Migration[] = migrations,
  file = 'a data file'
): unknown {
  let version = from
  let current = document
  while (version < target) {
    const step = steps.find((candidate) => candidate.from === version)
    if (!step || step.to <= version || step.to > target) {
      throw new StoreError(
        'storage-failed',
        `This version of Dossier cannot upgrade ${file} from data version ${version}: no upgrade step is known. Install the latest version of Dossier, which can.`,
        { file }
      )
    }
    try {
      current = step.migrate(current)
    } catch (error) {
      throw new MigrationFailedError(
        `Upgrading ${file} from data version ${version} to ${step.to} failed: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error }
      )
    }
    if (typeof current === 'object' && current !== null && !Array.isArray(current)) {
      current = { ...current, schemaVersion: step.to }
    }
    version = step.to
  }
  return current
}
