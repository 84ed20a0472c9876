import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

// Electron runs the preload sandboxed, where require() knows only 'electron' and a few
// built-ins: a bundle that requires a package (zod, say) fails at start and leaves the window
// without its client. This checks the bundle the app ships, right after the build.
test('the built preload requires nothing but electron', async () => {
  const bundle = await readFile(join(process.cwd(), 'out', 'preload', 'index.cjs'), 'utf8')
  const required = [...bundle.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1])
  expect(required.length).toBeGreaterThan(0)
  expect([...new Set(required)]).toEqual(['electron'])
  expect(bundle).toContain('exposeInMainWorld')
})
