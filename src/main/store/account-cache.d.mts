/** The cache folder for this computer account: DOSSIER_CHECKED_CACHE, else the system's usual one. */
export function dossierCacheDir(platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv): string

/** True when `path` is no link, belongs to this account and no other may write it (or, with `orMissing`, is missing). */
export function privateToThisAccount(path: string, orMissing?: boolean, platform?: NodeJS.Platform): boolean
