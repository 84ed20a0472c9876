#!/usr/bin/env node
// The `dossier` command: runs the app's api table in plain Node (no Electron) for batch work.
// It starts the compiled out/cli/dossier.js (see vite.cli.config.ts), never TypeScript sources.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { enablePrivateCompileCache } from './compile-cache.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const compiled = join(root, 'out', 'cli', 'dossier.js')

// Node keeps V8's compiled code for the command's JavaScript between runs, in this account's own
// cache folder (compile-cache.mjs), so a run after the first does not parse and compile it all again.
enablePrivateCompileCache()

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

const { runCli } = await import(pathToFileURL(compiled).href)
process.exitCode = await runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr, root })
