import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

// Layer rules: imports only point down (see ARCHITECTURE.md). Each folder lists what it may not reach.
const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'util',
  'stream',
  'events'
]

const RENDERER_PATTERNS = [
  { group: NODE_BUILTINS, message: 'The renderer is a web page: no Node built-ins.' },
  {
    group: ['**/main/**', '**/preload/**'],
    message: 'The renderer talks to the app only through src/renderer/src/api.'
  }
]

// A feature's early.ts is public too: what the window asks of it before the rest of its code is
// evaluated (app/early-calls.ts), so it must stay light, where the index loads the whole feature.
const FEATURE_INTERNALS = {
  group: ['@renderer/features/*/**', '!@renderer/features/*/early'],
  message:
    'Import another feature through its index (@renderer/features/<name>), or its early.ts; its files are its own.'
}

const noElectron = { name: 'electron', message: "Only src/main/electron and src/main/index.ts may import 'electron'." }

// One subscription to the interface language for the whole window (i18n/translation.tsx).
const noI18nextHook = {
  name: 'react-i18next',
  importNames: ['useTranslation', 'withTranslation', 'Trans'],
  message: "Use useTranslation from '@renderer/i18n/translation': the window subscribes to the language once."
}
// Every file of the renderer: no Electron, and its words through the window's one subscription.
const RENDERER_PATHS = [noElectron, noI18nextHook]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }]
    }
  },
  {
    // Plain Node scripts: the command-line entry point, what it shares with the store before any
    // build (account-cache.mjs), and the stand-in for Electron.
    files: ['bin/**/*.mjs', 'src/main/**/*.mjs', 'tests/e2e/fake-electron/**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        URL: 'readonly',
        Request: 'readonly'
      }
    }
  },
  {
    // Playwright reads a fixture's dependencies from its destructuring pattern, empty included.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: RENDERER_PATHS, patterns: RENDERER_PATTERNS }]
    }
  },
  {
    // A feature's files are its own: the app and other features reach it through its index.
    files: ['src/renderer/src/app/**/*.{ts,tsx}', 'src/renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: RENDERER_PATHS, patterns: [...RENDERER_PATTERNS, FEATURE_INTERNALS] }]
    }
  },
  {
    // The shared kit sits below every feature.
    files: ['src/renderer/src/components/**/*.{ts,tsx}', 'src/renderer/src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: RENDERER_PATHS,
          patterns: [
            ...RENDERER_PATTERNS,
            {
              group: ['@renderer/features', '@renderer/features/**', '@renderer/app', '@renderer/app/**'],
              message: 'components/ and lib/ are the shared kit: they import no feature and not the app.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { group: NODE_BUILTINS, message: 'The contract runs everywhere: no Node built-ins.' },
            {
              group: ['@renderer/*', '**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'src/shared imports nothing of ours.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**', 'src/main/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { group: ['electron/*'], message: noElectron.message },
            {
              group: ['**/electron/**', '!**/node_modules/**'],
              message: 'Only the Electron layer may reach src/main/electron.'
            },
            { group: ['@renderer/*', '**/renderer/**'], message: 'The main process never imports the renderer.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/main/core/**/*.ts', 'src/main/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { group: ['**/api', '**/api/**'], message: 'Core and store sit below the api table.' },
            { group: ['**/electron/**'], message: noElectron.message },
            { group: ['@renderer/*', '**/renderer/**'], message: 'The main process never imports the renderer.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '@renderer/*', '**/renderer/**'],
              message: 'The preload only exposes the contract.'
            }
          ]
        }
      ]
    }
  }
)
