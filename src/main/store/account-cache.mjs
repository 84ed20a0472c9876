import { lstatSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

// Dossier's cache folder for this computer account, and the one test of whether something in it
// is this account's alone. Plain JavaScript, so that bin/dossier.mjs can use it before any build
// (its code cache, bin/code-cache.mjs), as the store does for its checks (content-checks.ts).

/** The cache folder for this computer account: DOSSIER_CHECKED_CACHE, else the system's usual one. */
export function dossierCacheDir(platform = process.platform, env = process.env) {
  const named = env['DOSSIER_CHECKED_CACHE']
  if (named) return named
  if (platform === 'win32') return join(env['LOCALAPPDATA'] ?? join(homedir(), 'AppData', 'Local'), 'Dossier', 'Cache')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'Dossier')
  return join(env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'dossier')
}

/**
 * True when `path` is no link, and belongs to this account with no write access for others; with
 * `orMissing`, also when there is nothing there. Windows keeps each account's local application
 * data to that account, and has no such modes: true there.
 */
export function privateToThisAccount(path, orMissing = false, platform = process.platform) {
  if (platform === 'win32') return true
  try {
    const stats = lstatSync(path)
    return !stats.isSymbolicLink() && stats.uid === process.getuid?.() && (stats.mode & 0o022) === 0
  } catch (error) {
    return orMissing && error?.code === 'ENOENT'
  }
}
