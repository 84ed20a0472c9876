import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from 'vite'
import { cliConfig } from '../../../../vite.cli.config'
import { writeResourceAttacks } from '../../../fixtures/make-resource-attacks'

// The command users run is the compiled one (bin/dossier.mjs loads out/cli/dossier.cjs), so it is
// built here, into a folder of its own, and run in a plain Node process as bin/dossier.mjs runs it.

const execute = promisify(execFile)
let dir: string

const buildInto = (outDir: string, entry?: string) =>
  build({
    ...cliConfig,
    configFile: false,
    logLevel: 'silent',
    build: { ...cliConfig.build, outDir, ...(entry ? { ssr: entry } : {}) }
  })

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-compiled-'))
  await buildInto(join(dir, 'cli'))
}, 120_000)
afterAll(() => rm(dir, { recursive: true, force: true }))

const LOADER = pathToFileURL(join(process.cwd(), 'bin', 'code-cache.mjs')).href

async function runCompiled(...argv: string[]): Promise<string> {
  // Loaded as bin/dossier.mjs loads it (without a code cache), from the repository root as it
  // passes it: resources/ must be found from there.
  const script = `import { compiledCodeLoader } from ${JSON.stringify(LOADER)}
const { runCli } = compiledCodeLoader({ cacheDir: null, command: '' }).load(${JSON.stringify(join(dir, 'cli', 'dossier.cjs'))})
process.exitCode = await runCli(${JSON.stringify(argv)}, { out: process.stdout, err: process.stderr, root: ${JSON.stringify(process.cwd())} })`
  const { stdout } = await execute(process.execPath, ['--input-type=module', '-e', script])
  return stdout
}

/** Runs the compiled command expecting it to fail; gives back what it said on stderr. */
async function runCompiledFailing(...argv: string[]): Promise<string> {
  try {
    await runCompiled(...argv)
  } catch (error) {
    return (error as { stderr: string }).stderr
  }
  throw new Error(`dossier ${argv.join(' ')} succeeded`)
}

describe('the compiled dossier command', () => {
  it('is plain ASCII JavaScript with its dependencies inside, and docx and mammoth loaded only when needed', async () => {
    const chunks = await readdir(join(dir, 'cli', 'chunks'))
    expect(chunks).toEqual(expect.arrayContaining(['mammoth.cjs', 'export.cjs']))
    // Files from outside are read in a worker of its own.
    expect(chunks).toContain('read-file.worker.cjs')
    const files = [join(dir, 'cli', 'dossier.cjs'), ...chunks.map((name) => join(dir, 'cli', 'chunks', name))]
    for (const file of files) {
      // Only Node's own modules and the command's own files are required: node_modules need not
      // be there at run time, and nothing reaches for Electron.
      const text = await readFile(file, 'utf8')
      const required = [...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!)
      expect(
        required.filter((name) => !builtinModules.includes(name.replace(/^node:/, '')) && !/^\.\.?\//.test(name))
      ).toEqual([])
      // ASCII only, so that each file decodes fast at every run (vite.cli.config.ts).
      expect(text.match(/\P{ASCII}/u)?.[0], file).toBeUndefined()
    }
    const main = await readFile(files[0]!, 'utf8')
    expect(main).toContain('require("./chunks/export.cjs")')
    expect(main).not.toContain('require("./chunks/mammoth.cjs")')
  })

  it('lists the embedded briefs and exports one from the default library', async () => {
    const data = join(dir, 'data')
    const listed = await runCompiled('list', 'briefs', '--data-dir', data)
    expect(listed).toContain('brief-mexico-asylum-capacity')
    const out = join(dir, 'mexico.docx')
    const exported = await runCompiled(
      'export',
      'brief',
      'brief-mexico-asylum-capacity',
      '--out',
      out,
      '--data-dir',
      data
    )
    expect(exported).toContain(`Wrote ${out}`)
    expect((await readFile(out)).subarray(0, 2).toString()).toBe('PK')
  }, 60_000)

  it('reads files from outside in its bundled worker: a resource attack is refused, a brief imported', async () => {
    const data = join(dir, 'data-worker')
    const attacks = join(dir, 'attacks')
    await writeResourceAttacks(attacks)
    const refused = await runCompiledFailing(
      'bundle',
      'import',
      join(attacks, 'object-bomb-1m-stored.dossier'),
      '--data-dir',
      data
    )
    expect(refused).toMatch(
      /^dossier: object-bomb-1m-stored\.dossier cannot be used: It holds a list of more than 10,000 entries/
    )
    const brief = join(dir, 'brief.docx')
    await runCompiled('export', 'brief', 'brief-mexico-asylum-capacity', '--out', brief, '--data-dir', data)
    const imported = await runCompiled('word', 'import', brief, '--dry-run', '--data-dir', data)
    expect(imported).toMatch(/^brief\.docx: \d+ paragraphs; found [1-9]\d* key messages/)
  }, 60_000)

  it('loads neither a zip library nor docx, nor Node modules only some commands use, to list briefs', async () => {
    // What a command loads at its start every command pays for: a worker, the search index's
    // serializer, a terminal prompt and zip writing wait until a command needs them.
    const script = `import { readFileSync } from 'node:fs'
import { compiledCodeLoader } from ${JSON.stringify(LOADER)}
const loader = compiledCodeLoader({ cacheDir: null, command: '' })
const { runCli } = loader.load(${JSON.stringify(join(dir, 'cli', 'dossier.cjs'))})
const out = { write: () => true }
process.exitCode = await runCli(['list', 'briefs', '--data-dir', ${JSON.stringify(join(dir, 'data-start'))}], { out, err: process.stderr, root: ${JSON.stringify(process.cwd())} })
const regions = loader.report().flatMap(({ file }) => [...readFileSync(file, 'utf8').matchAll(/^\\/\\/ node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//gm)].map((match) => match[1]))
console.log(JSON.stringify({ packages: [...new Set(regions)], builtins: process.moduleLoadList }))`
    const { stdout } = await execute(process.execPath, ['--input-type=module', '-e', script])
    const { packages, builtins } = JSON.parse(stdout) as { packages: string[]; builtins: string[] }
    expect(packages).toContain('zod')
    expect(packages).not.toContain('fflate')
    expect(packages).not.toContain('docx')
    expect(packages).not.toContain('mammoth')
    for (const module of ['worker_threads', 'v8', 'readline']) expect(builtins).not.toContain(`NativeModule ${module}`)
  }, 60_000)

  it('refuses to build if anything it imports reaches for electron', async () => {
    const entry = join(dir, 'reaches-electron.ts')
    await writeFile(entry, "import { app } from 'electron'\nexport const name = app.getName()\n")
    await expect(buildInto(join(dir, 'bad'), entry)).rejects.toThrow(/must not import 'electron'/)
  }, 60_000)
})
