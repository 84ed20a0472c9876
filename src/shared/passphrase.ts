/**
 * The fewest characters a new passphrase may have. The store refuses a shorter one when it sets
 * a folder up (store/crypto/key-file.ts holds the same number; a unit test keeps them equal);
 * the set-up screen says so before the user tries.
 */
export const MIN_PASSPHRASE_LENGTH = 10

/** Wrong passphrases in a row answered at full speed; after these, each unlock attempt waits first. */
export const FREE_UNLOCK_ATTEMPTS = 5
