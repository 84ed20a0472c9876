import { MIN_PASSPHRASE_LENGTH } from '@shared/passphrase'

/** How hard a passphrase looks to guess, for the set-up screen's hint; a hint, not a measurement. */
export type Strength = { level: 'too-short'; missing: number } | { level: 'weak' | 'fair' | 'strong' }

// Pieces guessers try first, in both languages; any of them costs points.
const COMMON = ['password', 'motdepasse', 'passphrase', 'dossier', 'qwerty', 'azerty', '123456', 'abcdef', 'canada']

/**
 * Length counts most, then variety: several unrelated words, or several kinds of characters.
 * Repeated characters and well-known pieces count against it. No dictionary ships with the app,
 * so a sentence from a book still looks strong; the advice beside the hint says why not to.
 */
export function passphraseStrength(passphrase: string): Strength {
  const characters = [...passphrase]
  if (characters.length < MIN_PASSPHRASE_LENGTH) {
    return { level: 'too-short', missing: MIN_PASSPHRASE_LENGTH - characters.length }
  }
  let score = 1
  if (characters.length >= 16) score++
  if (characters.length >= 24) score++
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((kind) => kind.test(passphrase)).length
  if (kinds >= 2) score++
  if (kinds >= 3) score++
  const words = passphrase.split(/[^\p{L}]+/u).filter((word) => word.length >= 3).length
  if (words >= 3) score++
  if (words >= 4) score++
  const folded = passphrase.toLowerCase().replace(/[\s_.-]/g, '')
  if (COMMON.some((piece) => folded.includes(piece))) score -= 2
  if (new Set(characters).size < characters.length / 3) score -= 2
  if (score >= 5) return { level: 'strong' }
  return { level: score >= 2 ? 'fair' : 'weak' }
}

/** What stops a new passphrase, typed twice, from being used: too short, or the two differ. */
export type NewPassphraseProblem = 'too-short' | 'mismatch'

/** Checks a new passphrase and its confirmation before anything is asked of the main process. */
export function checkNewPassphrase(first: string, second: string): NewPassphraseProblem | null {
  if (passphraseStrength(first).level === 'too-short') return 'too-short'
  return first === second ? null : 'mismatch'
}
