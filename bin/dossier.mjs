#!/usr/bin/env node
// The `dossier` command: runs the app's api table in plain Node (no Electron) for batch work.
// It starts the compiled out/cli/dossier.cjs (see vite.cli.config.ts), never TypeScript sources.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compiledCodeLoader, privateCodeCacheDir } from './code-cache.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const compiled = join(root, 'out', 'cli', 'dossier.cjs')

if (!existsSync(compiled)) {
  // A fresh clone has no out/ yet: build the command once (about two seconds) and go on. The
  // note goes to stderr so that scripts reading stdout (--json) see only the command's output.
  process.stderr.write('dossier: building the command line first (out/cli/ is missing)...\n')
  const vite = await import('vite').catch(() => null)
  if (!vite) {
    process.stderr.write('dossier: vite, which builds it, is not installed: run npm ci, then npm run build.\n')
    process.exit(1)
  }
  await vite.build({ configFile: join(root, 'vite.cli.config.ts'), logLevel: 'error' })
}

// V8's compiled code is kept between runs in this account's own cache folder (code-cache.mjs), so
// a command after the first does not parse and compile its JavaScript again.
const args = process.argv.slice(2)
// The command's words (`export brief`), never a value given with it (a path, an id).
const command = args
  .slice(0, 2)
  .filter((word) => /^[a-z]+$/.test(word))
  .join(' ')
const loader = compiledCodeLoader({ cacheDir: privateCodeCacheDir(), command })
process.once('exit', loader.save)
const { runCli } = loader.load(compiled)
process.exitCode = await runCli(args, { out: process.stdout, err: process.stderr, root })
