import { randomUUID } from 'node:crypto'
import { posix, resolve } from 'node:path'
import type { Plugin, UserConfig } from 'vite'

// The `dossier` command, compiled to out/cli/ so that bin/dossier.mjs starts plain JavaScript.
// Built by itself (`vite build -c vite.cli.config.ts`) or as part of every electron-vite build
// (see electron.vite.config.ts), so `npm run build`, `npm start` and `npm test` refresh it.

const root = import.meta.dirname

// bin/dossier.mjs loads out/cli/dossier.cjs: keep the two in step.
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

// Worker threads are started from a file: `new URL('./name.worker.ts', import.meta.url)` names
// it beside the code that starts it. Run from sources (vitest, tsx, Playwright) that is the
// TypeScript file itself. In a build, this plugin bundles each such file as a chunk of its own and
// rewrites the URL to where that chunk lands, relative to the chunk that starts it, so the same
// line works in out/main (the app) and out/cli (the dossier command), wherever the bundler puts it.

const WORKER_URL = /new URL\((['"])(\.{1,2}\/[^'"]+\.worker\.ts)\1,\s*import\.meta\.url\)/g
const PLACEHOLDER = /__DOSSIER_WORKER_([\w$]+)__/g

/** Bundles each worker file named by `new URL('./x.worker.ts', import.meta.url)`; used by the app's build too. */
export function workerFiles(): Plugin {
  return {
    name: 'dossier-worker-files',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!code.includes('.worker.ts')) return null
      let out = code
      for (const match of code.matchAll(WORKER_URL)) {
        const resolved = await this.resolve(match[2]!, id)
        if (!resolved) this.error(`The worker file ${match[2]} named in ${id} does not exist.`)
        const name = posix.basename(match[2]!, '.ts')
        const reference = this.emitFile({ type: 'chunk', id: resolved.id, name })
        out = out.replace(match[0], `new URL(__DOSSIER_WORKER_${reference}__, import.meta.url)`)
      }
      return out === code ? null : { code: out, map: null }
    },
    renderChunk(code, chunk) {
      if (!PLACEHOLDER.test(code)) return null
      return code.replace(PLACEHOLDER, (_, reference: string) => {
        const relative = posix.relative(posix.dirname(chunk.fileName), this.getFileName(reference))
        return JSON.stringify(relative.startsWith('.') ? relative : `./${relative}`)
      })
    }
  }
}

// A lazily loaded dependency's chunk is named after its package (mammoth), not its file (lib/index.js).
const packageOf = (id: string | null): string | undefined =>
  id?.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1]?.replace('/', '-')

/** The command line's build: CommonJS for Node 24 with its dependencies inside. */
export const cliConfig: UserConfig = {
  root,
  resolve: { alias: { '@shared': resolve(root, 'src/shared') } },
  plugins: [refuseElectron(), workerFiles()],
  // Names this build: a plain folder's files it checked are remembered under it (store/content-checks.ts).
  define: { __DOSSIER_BUILD__: JSON.stringify(randomUUID()) },
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
        // CommonJS, which bin/code-cache.mjs loads itself to keep V8's compiled code of a whole
        // run (an ES module's loading stays in Node's hands). `.cjs` because the package is "module".
        format: 'cjs',
        // ASCII only: other characters escaped in the code, and doc comments (French, dashes)
        // left out, so that each file decodes as one byte a character: 2 ms instead of 7 for
        // what `dossier export brief` loads (measured), and 40 % less to read.
        charset: 'ascii',
        comments: { legal: true, annotation: false, jsdoc: false },
        entryFileNames: 'dossier.cjs',
        // Heavy modules loaded only by the commands that need them (docx for export) get their own
        // files. No hash in their names: each keeps its place, and its cache, from build to build.
        chunkFileNames: (chunk) =>
          `chunks/${packageOf(chunk.facadeModuleId ?? chunk.moduleIds[0] ?? null) ?? '[name]'}.cjs`
      }
    }
  }
}

export default cliConfig
