#!/usr/bin/env node
// The `dossier` command: runs the app's api table in plain Node (no Electron) for batch work.
// TypeScript sources are loaded through tsx, with the project's tsconfig for the @shared alias.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { register } from 'tsx/esm/api'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
register({ tsconfig: join(root, 'tsconfig.json') })
const { runCli } = await import('../src/main/cli/main.ts')
process.exitCode = await runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr, root })
