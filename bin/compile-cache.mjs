import { mkdirSync } from 'node:fs'
import { enableCompileCache } from 'node:module'
import { join } from 'node:path'
import { dossierCacheDir, privateToThisAccount } from '../src/main/store/account-cache.mjs'

// Node keeps V8's compiled code of the command between runs, so that a run after the first does
// not parse and compile its JavaScript again (the bench's "no compile cache" figure shows what it
// saves). Left to itself, Node keeps that code in the system's temporary folder, which on Linux
// every account of the computer shares: another account could leave compiled code there for this
// one to run, with this account's access to Protected data. So the cache lives in Dossier's own
// cache folder for this account, and only while that folder is this account's alone; otherwise
// the command runs without it, a little slower.

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
  if (!privateToThisAccount(root, false, platform) || !privateToThisAccount(dir, false, platform)) return null
  enable(dir)
  return dir
}
