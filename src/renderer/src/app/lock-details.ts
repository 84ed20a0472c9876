import { dataInUseDetailsSchema } from '@shared/data-in-use'
import type { DataInUseDetails, LockHolder } from '@shared/data-in-use'
import type { ApiError } from '@shared/result'

/** Which sentences fit: who holds the folder, or 'unknown' when the refusal did not say. */
export type HolderCase = LockHolder | 'unknown'

/**
 * The facts of a data-in-use refusal, or null when it came without them (another Dossier kept
 * replacing the lock) or with some this build cannot read. Checked, not trusted: the screen
 * must not break on a shape it did not expect.
 */
export function lockDetails(error: ApiError): DataInUseDetails | null {
  const parsed = dataInUseDetailsSchema.safeParse(error.details)
  return parsed.success ? parsed.data : null
}
