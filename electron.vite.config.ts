import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import optimizeLocales from '@react-aria/optimize-locales-plugin'
import { build } from 'vite'
import type { LogLevel, Plugin } from 'vite'
import { cliConfig, workerFiles } from './vite.cli.config'

const alias = {
  '@shared': resolve(import.meta.dirname, 'src/shared'),
  '@renderer': resolve(import.meta.dirname, 'src/renderer/src')
}

// The dev server injects an inline module preamble and talks over a websocket; only while
// developing, the page's policy is widened for exactly that. Built files keep the strict policy.
function relaxCspForDevServer(): Plugin {
  return {
    name: 'dossier-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'none'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*")
  }
}

/**
 * The window's script as a classic script (`<script defer>`) rather than an ES module. Chromium
 * keeps V8's compiled code for a classic script and uses it at the next start (app://'s codeCache
 * privilege, app-protocol.ts); a module script's compiled code it writes but never reads back, so
 * the whole script was parsed and compiled again at every start (Chromium 156's traces: 50 to
 * 100 ms before the first line ran, and the evaluation two to three times slower). The renderer
 * is one file with no imports left and no import.meta, so the build writes it as one function run
 * at once (a build that splits the code refuses this format, loudly); `defer` runs it, as a module
 * ran, once the page is parsed.
 */
function classicWindowScript(): Plugin {
  return {
    name: 'dossier-classic-window-script',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: (html) => {
      const moduleTag = /<script type="module" crossorigin src="([^"]+)"><\/script>/
      if (!moduleTag.test(html)) throw new Error('index.html has no module script for the window to load.')
      return html.replace(moduleTag, '<script defer src="$1"></script>')
    }
  }
}

// The `dossier` command is built with the app (into out/cli/), so every build that refreshes
// out/ (`npm run build`, `npm start`, `npm test`) refreshes the command too. It has its own build
// because it bundles its dependencies and must never reach Electron; see vite.cli.config.ts.
function buildCommandLine(): Plugin {
  // As quiet as the app's build was asked to be (the bench builds with logLevel 'error').
  let logLevel: LogLevel | undefined
  return {
    name: 'dossier-cli',
    apply: 'build',
    configResolved(config) {
      logLevel = config.logLevel
    },
    async closeBundle() {
      // `electron-vite dev --watch` rebuilds main at every save; the command need not follow.
      if (this.meta.watchMode) return
      await build({ ...cliConfig, configFile: false, logLevel })
    }
  }
}

export default defineConfig({
  main: {
    resolve: { alias },
    // Files from outside are read in a worker thread, bundled as a file of its own.
    plugins: [workerFiles(), buildCommandLine()]
  },
  preload: {
    resolve: { alias },
    build: {
      // A sandboxed preload can require only 'electron': every other dependency (zod, through
      // the contract) must be bundled into the one file.
      externalizeDeps: false,
      rollupOptions: {
        // A sandboxed preload cannot load ES modules, so it ships as one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    resolve: { alias },
    // Minified, the window's script is about half the size to read and compile (1.9 MB
    // unminified); source maps are not shipped, the code is this repository's. One stylesheet
    // file: split, the classic script's styles would be put in by the script in a <style>
    // element, which the page's policy (style-src 'self') refuses. Strict, as the module it was:
    // a classic script is not unless it says so. ASCII only (other characters escaped): Chromium
    // then keeps the script as one byte a character, not two, and the window showed the library
    // 12-17 ms sooner (A/B, medians of 10 and 14 starts).
    build: {
      minify: true,
      cssCodeSplit: false,
      rollupOptions: { output: { format: 'iife', strict: true, charset: 'ascii' } }
    },
    plugins: [
      react(),
      relaxCspForDevServer(),
      classicWindowScript(),
      // react-aria carries its strings in 34 languages; Dossier speaks two.
      optimizeLocales.vite({ locales: ['en', 'fr'] })
    ]
  }
})
