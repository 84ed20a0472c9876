import { FREE_UNLOCK_ATTEMPTS } from '@shared/passphrase'

const FIRST_DELAY_MS = 1000
const LONGEST_DELAY_MS = 30_000

/**
 * How long an unlock attempt waits before the passphrase is tried, after this many wrong ones in
 * a row: nothing for the first five, then 1 s, 2 s, 4 s... at most 30 s. The key derivation
 * already costs about half a second a guess; this makes guessing at the window slower still,
 * while a person who mistyped a few times hardly notices.
 */
export function unlockDelayMs(wrongInARow: number): number {
  if (wrongInARow < FREE_UNLOCK_ATTEMPTS) return 0
  return Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** (wrongInARow - FREE_UNLOCK_ATTEMPTS))
}
