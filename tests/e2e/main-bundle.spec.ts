import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { expect, test } from '@playwright/test'
import { channelFor, OPERATION_NAMES } from '@shared/operations'
import { openStore, releaseDataLock } from '../../src/main/store'
import type { DefaultLibrary } from '../../src/main/store'
import { docx, goodDocxParts } from '../fixtures/make-bad-inputs'

// The Electron binary cannot be downloaded here, so the built main process is started in plain
// Node with a stand-in 'electron' module (tests/e2e/fake-electron): this proves the bundle's
// imports resolve, start-up opens the data folder, the app:// protocol serves the renderer, the
// guards and every IPC handler are in place, and one call answers through the real handler, as
// it would in the app.
test('the built main process starts, serves app://, guards the window and answers over IPC', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'dossier-main-bundle-'))
  try {
    // A folder already holding the embedded library in the clear, as an older Dossier left it:
    // the app waits for a passphrase to encrypt it with (the screen is tested in protect.spec.ts),
    // encrypts it in place, then opens it.
    const library = JSON.parse(await readFile(join('resources', 'default-library.json'), 'utf8')) as DefaultLibrary
    await (await openStore({ dataDir, loadDefaultLibrary: async () => library })).flush()
    await releaseDataLock(dataDir)
    // A Word document the stand-in's open dialog hands over, read in the bundled file worker.
    const brief = join(dataDir, '..', `${basename(dataDir)}-brief.docx`)
    await writeFile(brief, docx(goodDocxParts()))
    const run = spawnSync(
      process.execPath,
      ['--import', './tests/e2e/fake-electron/register.mjs', 'out/main/index.js', `--data-dir=${dataDir}`],
      // Without a dev server URL, as in the packaged app: the renderer comes from app://.
      {
        encoding: 'utf8',
        timeout: 30_000,
        env: {
          ...process.env,
          ELECTRON_RENDERER_URL: '',
          FAKE_ELECTRON_PASSPHRASE: 'maple river lantern quietly',
          DOSSIER_FAKE_OPEN_FILE: brief
        }
      }
    )
    expect(run.stderr).not.toContain('Error')
    const report = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}')

    expect([...report.channels].sort()).toEqual(OPERATION_NAMES.map(channelFor).sort())
    const [window] = report.windows
    expect(window.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    expect(existsSync(window.webPreferences.preload)).toBe(true)
    expect(window.loaded).toBe('app://dossier/index.html')
    // The scheme is privileged before the app is ready (Electron ignores it later), with only
    // what the page needs, and its handler is in place.
    expect(report.privilegedSchemes).toEqual([
      { schemes: [{ scheme: 'app', privileges: { standard: true, secure: true, codeCache: true } }], beforeReady: true }
    ])
    expect(report.protocols).toEqual(['app'])
    expect(report.served.page).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      nosniff: 'nosniff',
      isPage: true,
      isPackageJson: false
    })
    expect(report.served.traversal).toMatchObject({ status: 403, isPage: false, isPackageJson: false })
    expect(report.served.otherHost).toMatchObject({ status: 403, isPage: false })
    expect(report.guards).toEqual({
      windowOpen: 'deny',
      permission: false,
      permissionCheck: false,
      network: { cancel: true },
      ownContent: { cancel: false }
    })
    expect(report.menu).toBe(true)
    expect(report.waitedFor).toBe('needs-encryption')
    expect(report.opened).toEqual({ encrypted: true })
    expect(report.partners).toBeGreaterThanOrEqual(20)
    expect(await readFile(join(dataDir, 'library', 'partners.json'), 'latin1')).not.toContain('Mexico')
    expect(report.foreignSender).toBe('forbidden-sender')
    expect(report.wordParagraphs).toEqual(['Canada maintains a balanced narrative on migration.'])
    expect(await readdir(join(dataDir, 'library'))).toContain('partners.json')
  } finally {
    await rm(dataDir, { recursive: true, force: true })
    await rm(join(dataDir, '..', `${basename(dataDir)}-brief.docx`), { force: true })
  }
})
