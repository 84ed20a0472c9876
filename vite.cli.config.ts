import { resolve } from 'node:path'
import type { Plugin, UserConfig } from 'vite'

// The `dossier` command, compiled to out/cli/ so that bin/dossier.mjs starts plain JavaScript.
// Built by itself (`vite build -c vite.cli.config.ts`) or as part of every electron-vite build
// (see electron.vite.config.ts), so `npm run build`, `npm start` and `npm test` refresh it.

const root = import.meta.dirname

// bin/dossier.mjs imports out/cli/dossier.js: keep the two in step.
const CLI_OUT_DIR = resolve(root, 'out/cli')

// The command runs in plain Node, where there is no Electron: anything that reaches for it is a
// layering mistake, caught here rather than as a crash on a user's machine.
function refuseElectron(): Plugin {
  return {
    name: 'dossier-cli-no-electron',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'electron' || source.startsWith('electron/')) {
        this.error(`The dossier command must not import 'electron' (imported by ${importer ?? 'an entry'}).`)
      }
      return null
    }
  }
}

// A lazily loaded dependency's chunk is named after its package (mammoth), not its file (lib/index.js).
const packageOf = (id: string | null): string | undefined =>
  id?.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1]?.replace('/', '-')

/** The command line's build: one ES module for Node 24 with its dependencies inside. */
export const cliConfig: UserConfig = {
  root,
  resolve: { alias: { '@shared': resolve(root, 'src/shared') } },
  plugins: [refuseElectron()],
  // Dependencies are bundled: resolving and reading some 500 files from node_modules at every
  // start cost about 180 ms of the command's time (measured with --cpu-prof), one file does not.
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: resolve(root, 'src/main/cli/main.ts'),
    outDir: CLI_OUT_DIR,
    emptyOutDir: true,
    target: 'node24',
    // Readable stack traces in the command's log matter more than a few kilobytes.
    minify: false,
    reportCompressedSize: false,
    rollupOptions: {
      output: {
        format: 'es',
        entryFileNames: 'dossier.js',
        // Heavy modules loaded only by the commands that need them (docx for export) get their own files.
        chunkFileNames: (chunk) =>
          `chunks/${packageOf(chunk.facadeModuleId ?? chunk.moduleIds[0] ?? null) ?? '[name]'}-[hash].js`
      }
    }
  }
}

export default cliConfig
