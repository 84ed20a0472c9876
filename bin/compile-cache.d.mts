/** Turns Node's compile cache on in Dossier's private cache folder; returns that folder, or null when it stays off. */
export function enablePrivateCompileCache(
  platform?: NodeJS.Platform,
  env?: NodeJS.ProcessEnv,
  enable?: (directory: string) => unknown
): string | null
