import { Buffer } from 'node:buffer'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join, resolve } from 'node:path'
import vm from 'node:vm'
import { crc32 } from 'node:zlib'
import { dossierCacheDir, privateToThisAccount } from '../src/main/store/account-cache.mjs'

// The command's compiled JavaScript (out/cli/*.cjs) is loaded here rather than by Node, so that
// V8's compiled code is kept between runs *after* the command ran. Node's own compile cache keeps
// what V8 compiled while loading a file, which is its top level only: every function a command
// calls (docx's, the brief's, zod's) was parsed and compiled again at each run, about 80 ms of
// `dossier export brief` (measured). V8's code cache made at exit holds every function the run
// compiled. Each command keeps its own: a cache written again by another command holds only what
// V8 still had compiled at that command's exit (it drops the code of functions left unused for a
// while), and an export read from a cache last written by `data encrypt` compiled anew what it lost.
//
// Compiled code is run as this account, with its access to Protected data, so it is kept only in
// this account's own cache folder (never the temporary folder every account shares), and only
// while that folder is no link and no other account may write into it. V8 checks a cache against
// its own version and flags and the source's *length* only, so each cache also records a
// checksum of its source: a rebuilt file never runs the code compiled from the old one.

/**
 * The folder the command keeps its compiled code in: `compiled/` of Dossier's cache folder, made
 * for this account only; null when the cache stays off (NODE_DISABLE_COMPILE_CACHE set, a folder
 * that cannot be made, or one that is a link or that another account could change).
 */
export function privateCodeCacheDir(platform = process.platform, env = process.env) {
  if (env['NODE_DISABLE_COMPILE_CACHE']) return null
  const root = dossierCacheDir(platform, env)
  const dir = join(root, 'compiled', `${process.version}-${process.arch}`)
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
  } catch {
    return null
  }
  const folders = [root, join(root, 'compiled'), dir]
  return folders.every((folder) => privateToThisAccount(folder, false, platform)) ? dir : null
}

// A cache file: the length of a header, the header (JSON: which source it was compiled from), V8's
// data. One file per compiled file's place and command: a rebuild replaces its caches rather than
// leaving old ones behind. Past this many files (commands named oddly), the oldest go.
const HEADER_LENGTH_BYTES = 4
const MAX_CACHE_FILES = 64

/** Names a source file's bytes by their checksum and length. */
const sourceSignature = (bytes) => `${crc32(bytes).toString(16)}-${bytes.length}`

function readCache(path, signature) {
  try {
    const bytes = readFileSync(path)
    const headerEnd = HEADER_LENGTH_BYTES + bytes.readUInt32LE(0)
    const header = JSON.parse(bytes.subarray(HEADER_LENGTH_BYTES, headerEnd).toString('utf8'))
    return header.source === signature ? bytes.subarray(headerEnd) : null
  } catch {
    // None yet, or not one of ours (cut short, unreadable): the file is compiled afresh.
    return null
  }
}

function writeCache(path, signature, data) {
  const header = Buffer.from(JSON.stringify({ source: signature }), 'utf8')
  const length = Buffer.alloc(HEADER_LENGTH_BYTES)
  length.writeUInt32LE(header.length, 0)
  // Written aside and renamed: a command running beside this one reads a whole cache or none.
  const aside = `${path}.${process.pid}.tmp`
  try {
    writeFileSync(aside, Buffer.concat([length, header, data]), { mode: 0o600 })
    renameSync(aside, path)
  } catch {
    rmSync(aside, { force: true })
  }
}

/** Removes the least recently written cache files past MAX_CACHE_FILES. */
function keepFew(cacheDir) {
  try {
    const files = readdirSync(cacheDir).filter((name) => name.endsWith('.v8'))
    if (files.length <= MAX_CACHE_FILES) return
    const byAge = files
      .map((name) => ({ path: join(cacheDir, name), written: statSync(join(cacheDir, name)).mtimeMs }))
      .sort((a, b) => a.written - b.written)
    for (const { path } of byAge.slice(0, files.length - MAX_CACHE_FILES)) rmSync(path, { force: true })
  } catch {
    // A cache folder that cannot be tidied only holds a few files too many.
  }
}

/**
 * Loads CommonJS files as Node would (each with its own `require`, `module` and `exports`; Node's
 * modules and packages through Node's own require), using and refreshing the code cache kept in
 * `cacheDir` (none when null). `command` names the run (`export brief`): each command has caches
 * of its own, written after its first run (or after a rebuild).
 * Call `save` once the command is done (bin/dossier.mjs does at exit).
 */
export function compiledCodeLoader({ cacheDir, command }) {
  // In a file name: `export brief` -> `export-brief`; a run named by no command word, `run`.
  const runName = command.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '') || 'run'
  const modules = new Map()
  const loaded = []

  function load(file) {
    const known = modules.get(file)
    if (known) return known.exports
    // Checksummed as bytes: a checksum of the decoded text would encode it back first (ten times slower).
    const bytes = readFileSync(file)
    const source = bytes.toString('utf8')
    const cachePath = cacheDir && join(cacheDir, `${basename(file)}-${crc32(file).toString(16)}-${runName}.v8`)
    const signature = sourceSignature(bytes)
    const cachedData = cachePath ? readCache(cachePath, signature) : null
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
      filename: file,
      cachedData: cachedData ?? undefined,
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER
    })
    const state = !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used'
    loaded.push({ file, signature, script, cachePath, state })
    const module = { exports: {} }
    modules.set(file, module)
    const nodeRequire = createRequire(file)
    // The build's own files (`./chunks/...`) come through here too; anything else is Node's.
    const requireHere = (specifier) =>
      specifier.startsWith('./') || specifier.startsWith('../')
        ? load(resolve(dirname(file), specifier))
        : nodeRequire(specifier)
    script.runInThisContext()(module.exports, requireHere, module, file, dirname(file))
    return module.exports
  }

  function save() {
    const fresh = loaded.filter((each) => each.cachePath && each.state !== 'used')
    for (const each of fresh) writeCache(each.cachePath, each.signature, each.script.createCachedData())
    if (fresh.length > 0) keepFew(cacheDir)
  }

  /** What became of each file's cache: used, rejected by V8 (compiled afresh), or none there. */
  const report = () => loaded.map(({ file, state }) => ({ file, cache: state }))

  return { load, save, report }
}
