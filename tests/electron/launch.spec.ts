import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

// The electron package resolves to the path of its binary, and throws when the binary was never
// downloaded (offline machines, or installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1).
function electronBinary(): { path: string } | { missing: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as string
    return existsSync(path) ? { path } : { missing: `the Electron binary is not at ${path}` }
  } catch (error) {
    return { missing: `the Electron binary is not installed (${(error as Error).message.split('\n')[0]})` }
  }
}

const binary = electronBinary()
const builtMain = join(process.cwd(), 'out', 'main', 'index.js')

test.describe('the real Electron app', () => {
  test.skip(
    'missing' in binary,
    `Skipped: ${'missing' in binary ? binary.missing : ''}; these tests run where it exists.`
  )
  test.skip(!existsSync(builtMain), 'Skipped: the app is not built; run `npm run build` first.')

  test('sets a new folder up with a passphrase, then shows the embedded library, with the renderer locked down', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'dossier-electron-'))
    const app = await electron.launch({
      args: [process.cwd(), `--data-dir=${dataDir}`],
      executablePath: 'path' in binary ? binary.path : undefined
    })
    try {
      const window = await app.firstWindow()
      await expect(window.getByRole('heading', { level: 1 })).toBeVisible()
      // Served from the app's own protocol, a secure context with a real origin, not file://.
      expect(window.url()).toBe('app://dossier/index.html')
      const context = await window.evaluate(() => ({ origin: location.origin, secure: isSecureContext }))
      expect(context).toEqual({ origin: 'app://dossier', secure: true })
      // A new folder: nothing is written before its passphrase is chosen (in either language).
      await expect(window.locator('#new-passphrase')).toBeFocused()
      await window.locator('#new-passphrase').fill('maple river lantern quietly')
      await window.locator('#repeat-passphrase').fill('maple river lantern quietly')
      await window.keyboard.press('Enter')
      await expect(window.getByTestId('library-item').first()).toBeVisible()
      // The page has the preload's client and nothing of Node.
      const exposure = await window.evaluate(() => ({
        client: typeof (window as unknown as { dossier?: object }).dossier,
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process
      }))
      expect(exposure).toEqual({ client: 'object', require: 'undefined', process: 'undefined' })
    } finally {
      await app.close()
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})
