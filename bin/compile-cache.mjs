import { lstatSync, mkdirSync } from 'node:fs'
import { enableCompileCache } from 'node:module'
import { homedir } from 'node:os'
import { join } from 'node:path'

// Node keeps V8's compiled code of the command between runs, so that a run after the first does
// not parse and compile its JavaScript again (the bench's "no compile cache" figure shows what it
// saves). Left to itself, Node keeps that code in the system's temporary folder, which on Linux
// every account of the computer shares: another account could leave compiled code there for this
// one to run, with this account's access to Protected data. So the cache lives in Dossier's own
// cache folder for this account, and only while that folder is this account's alone; otherwise
// the command runs without it, a little slower.

/** Dossier's cache folder for this account: the one defaultChecksDir (store/content-checks.ts) gives. */
export function dossierCacheDir(platform = process.platform, env = process.env) {
  const named = env['DOSSIER_CHECKED_CACHE']
  if (named) return named
  if (platform === 'win32') return join(env['LOCALAPPDATA'] ?? join(homedir(), 'AppData', 'Local'), 'Dossier', 'Cache')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'Dossier')
  return join(env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'dossier')
}

/**
 * Turns Node's compile cache on in `compiled/` of Dossier's cache folder, made for this account
 * only; returns that folder, or null when the cache stays off: turned off or placed elsewhere by
 * Node's own variables, a folder that cannot be made, or one another account could change.
 */
export function enablePrivateCompileCache(platform = process.platform, env = process.env, enable = enableCompileCache) {
  if (env['NODE_DISABLE_COMPILE_CACHE'] || env['NODE_COMPILE_CACHE']) return null
  const root = dossierCacheDir(platform, env)
  const dir = join(root, 'compiled')
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
  } catch {
    return null
  }
  // Windows keeps each account's local application data to that account.
  if (platform !== 'win32' && !(ownOnly(root) && ownOnly(dir))) return null
  enable(dir)
  return dir
}

/** A real folder (not a link) that this account owns and no other account may write into. */
function ownOnly(path) {
  try {
    const stat = lstatSync(path)
    return stat.isDirectory() && stat.uid === process.getuid?.() && (stat.mode & 0o022) === 0
  } catch {
    return false
  }
}
