import { execFile } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { privateCodeCacheDir } from '../../../../bin/code-cache.mjs'
import { dossierCacheDir } from '../../../../src/main/store/account-cache.mjs'
import { defaultChecksDir } from '../../../../src/main/store/content-checks'

// The command's compiled code is kept only where no other account can put code for it to run,
// and a cache is used only for the very source it was compiled from.

const execute = promisify(execFile)
const LOADER = pathToFileURL(join(import.meta.dirname, '../../../../bin/code-cache.mjs')).href

const made: string[] = []
afterEach(async () => {
  for (const dir of made.splice(0)) {
    await chmod(dir, 0o700).catch(() => undefined)
    await rm(dir, { recursive: true, force: true })
  }
})

async function tempDir(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `dossier-${name}-`))
  made.push(dir)
  return dir
}

// Folder modes and owners are Unix's; Windows keeps local application data to its account.
const unix = it.skipIf(process.platform === 'win32')

describe("the command's code cache folder", () => {
  it('is kept in the folder the checks use, on every system', () => {
    const envs: NodeJS.ProcessEnv[] = [
      {},
      { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local', XDG_CACHE_HOME: '/home/ana/.cache-elsewhere' },
      { DOSSIER_CHECKED_CACHE: '/srv/dossier-cache' }
    ]
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      for (const env of envs) expect(dossierCacheDir(platform, env)).toBe(defaultChecksDir(platform, env))
    }
  })

  unix('is made for this account only, one folder per Node version', async () => {
    const root = join(await tempDir('code-cache'), 'cache')
    const dir = privateCodeCacheDir('linux', { DOSSIER_CHECKED_CACHE: root })
    expect(dir).toBe(join(root, 'compiled', `${process.version}-${process.arch}`))
    for (const folder of [join(root, 'compiled'), dir!]) expect((await stat(folder)).mode & 0o077).toBe(0)
  })

  unix('is refused where another account could write', async () => {
    const root = join(await tempDir('code-cache'), 'cache')
    await mkdir(root, { recursive: true })
    await chmod(root, 0o777)
    expect(privateCodeCacheDir('linux', { DOSSIER_CHECKED_CACHE: root })).toBeNull()
    await chmod(root, 0o700)
    await mkdir(join(root, 'compiled'), { recursive: true })
    await chmod(join(root, 'compiled'), 0o722)
    expect(privateCodeCacheDir('linux', { DOSSIER_CHECKED_CACHE: root })).toBeNull()
  })

  unix('is refused when it is a link to somewhere else', async () => {
    const root = join(await tempDir('code-cache'), 'cache')
    const elsewhere = await tempDir('elsewhere')
    await mkdir(root, { recursive: true })
    await symlink(elsewhere, join(root, 'compiled'))
    expect(privateCodeCacheDir('linux', { DOSSIER_CHECKED_CACHE: root })).toBeNull()
  })

  it("is off when Node's compile cache is turned off", async () => {
    const root = join(await tempDir('code-cache'), 'cache')
    expect(privateCodeCacheDir('linux', { DOSSIER_CHECKED_CACHE: root, NODE_DISABLE_COMPILE_CACHE: '1' })).toBeNull()
  })
})

interface Run {
  value: string
  report: { file: string; cache: 'none' | 'used' | 'rejected' }[]
}

/** Loads `main.cjs` of `code` in a fresh Node process (V8 keeps nothing between them but the cache). */
async function runLoaded(code: string, cache: string | null, command: string): Promise<Run> {
  const script = `import { compiledCodeLoader } from ${JSON.stringify(LOADER)}
const loader = compiledCodeLoader({ cacheDir: ${JSON.stringify(cache)}, command: ${JSON.stringify(command)} })
const loaded = loader.load(${JSON.stringify(join(code, 'main.cjs'))})
const value = loaded.value()
loader.save()
console.log(JSON.stringify({ value, report: loader.report().map(({ file, cache }) => ({ file: file.slice(${code.length + 1}), cache })) }))`
  const { stdout } = await execute(process.execPath, ['--input-type=module', '-e', script])
  return JSON.parse(stdout) as Run
}

/** The bytes of the cache kept for the compiled file `name` and the run named `run`. */
async function cacheBytes(cache: string, name: string, run: string): Promise<Buffer> {
  const file = (await readdir(cache)).find((each) => each.startsWith(`${name}-`) && each.endsWith(`-${run}.v8`))
  return readFile(join(cache, file!))
}

async function writeCode(code: string, letter: string): Promise<void> {
  await mkdir(join(code, 'chunks'), { recursive: true })
  await writeFile(
    join(code, 'main.cjs'),
    `const { part } = require('./chunks/part.cjs')\nconst path = require('node:path')\nexports.value = () => path.basename('/x/' + part())\n`
  )
  await writeFile(join(code, 'chunks', 'part.cjs'), `exports.part = function part() { return '${letter}' }\n`)
}

/** Code that gives 'a', run once with a cache folder of its own (by `export brief`). */
async function ranOnce(): Promise<{ code: string; cache: string }> {
  const [code, cache] = [await tempDir('code'), await tempDir('cache')]
  await writeCode(code, 'a')
  await runLoaded(code, cache, 'export brief')
  return { code, cache }
}

describe("the command's code cache", () => {
  it('is written after a first run and used by the next runs of that command; another command keeps its own', async () => {
    const [code, cache] = [await tempDir('code'), await tempDir('cache')]
    await writeCode(code, 'a')
    const first = await runLoaded(code, cache, 'export brief')
    expect(first).toEqual({
      value: 'a',
      report: [
        { file: 'main.cjs', cache: 'none' },
        { file: 'chunks/part.cjs', cache: 'none' }
      ]
    })
    expect((await readdir(cache)).sort()).toEqual([
      expect.stringMatching(/^main\.cjs-\w+-export-brief\.v8$/),
      expect.stringMatching(/^part\.cjs-\w+-export-brief\.v8$/)
    ])
    const written = await cacheBytes(cache, 'main.cjs', 'export-brief')

    const second = await runLoaded(code, cache, 'export brief')
    expect(second.value).toBe('a')
    expect(second.report.map((each) => each.cache)).toEqual(['used', 'used'])
    // A cache used is left as it was.
    expect(await cacheBytes(cache, 'main.cjs', 'export-brief')).toEqual(written)

    expect((await runLoaded(code, cache, 'list briefs')).report.map((each) => each.cache)).toEqual(['none', 'none'])
    expect((await runLoaded(code, cache, 'list briefs')).report.map((each) => each.cache)).toEqual(['used', 'used'])
    expect(await cacheBytes(cache, 'main.cjs', 'export-brief')).toEqual(written)
    expect((await readdir(cache)).length).toBe(4)
  }, 30_000)

  it('keeps at most 64 files, the least recently written going first', async () => {
    const { code, cache } = await ranOnce()
    const old = new Date('2026-01-01T00:00:00Z')
    for (let index = 0; index < 70; index += 1) {
      const path = join(cache, `old-${index}.v8`)
      await writeFile(path, 'an old cache')
      await utimes(path, old, old)
    }
    await runLoaded(code, cache, 'list briefs')
    const kept = await readdir(cache)
    expect(kept.length).toBe(64)
    // The newest: the two just written and the two of the first run.
    expect(kept.filter((name) => name.startsWith('main.cjs-') || name.startsWith('part.cjs-')).length).toBe(4)
  }, 30_000)

  it('never runs code compiled from another source, even one of the same length', async () => {
    const { code, cache } = await ranOnce()
    await writeCode(code, 'b')
    const rebuilt = await runLoaded(code, cache, 'export brief')
    expect(rebuilt.value).toBe('b')
    expect(rebuilt.report.map((each) => each.cache)).toEqual(['used', 'none'])
    // The rebuilt file's cache replaced the old one, in the same place.
    expect((await readdir(cache)).length).toBe(2)
    expect((await runLoaded(code, cache, 'export brief')).report.map((each) => each.cache)).toEqual(['used', 'used'])
  }, 30_000)

  it('compiles afresh over a cache file cut short or not its own, and replaces it', async () => {
    const { code, cache } = await ranOnce()
    const [main, part] = (await readdir(cache)).sort()
    const whole = await readFile(join(cache, main!))
    await writeFile(join(cache, main!), whole.subarray(0, whole.length >> 1))
    await writeFile(join(cache, part!), 'not a cache')
    const damaged = await runLoaded(code, cache, 'export brief')
    expect(damaged.value).toBe('a')
    expect(damaged.report.map((each) => each.cache)).toEqual([expect.stringMatching(/^(none|rejected)$/), 'none'])
    expect((await runLoaded(code, cache, 'export brief')).report.map((each) => each.cache)).toEqual(['used', 'used'])
  }, 30_000)

  it('runs without a cache folder, writing nothing', async () => {
    const code = await tempDir('code')
    await writeCode(code, 'a')
    const run = await runLoaded(code, null, 'list briefs')
    expect(run.value).toBe('a')
    expect(run.report.map((each) => each.cache)).toEqual(['none', 'none'])
    expect((await readdir(code)).sort()).toEqual(['chunks', 'main.cjs'])
  }, 30_000)
})
