import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect } from '@playwright/test'
import type { Page } from '@playwright/test'
import type { ApiTable } from '../../src/main/api'
import { bindApi, openTestApi, removeTestFolders } from '../app-harness'
import { serveRenderer } from '../renderer-server'

const RENDERER_DIR = join(process.cwd(), 'out', 'renderer')

interface DossierFixtures {
  /** A fresh, empty data folder for this test only. */
  dataDir: string
  /** The real api table on that folder, the same one Electron's IPC serves. */
  api: ApiTable
  /** Opens the app in the page, with the api (this test's, unless given) bound in place of the preload. */
  openApp: (options?: { api?: ApiTable }) => Promise<Page>
}

export const test = base.extend<DossierFixtures, { rendererUrl: string }>({
  rendererUrl: [
    async ({}, use) => {
      if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
        throw new Error('The renderer is not built: run `npm run build` (npm run test:e2e does it first).')
      }
      const server = await serveRenderer(RENDERER_DIR)
      await use(server.url)
      await server.close()
    },
    { scope: 'worker' }
  ],
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-e2e-'))
    await use(dir)
    await removeTestFolders(dir)
  },
  api: async ({ dataDir }, use) => {
    await use(await openTestApi(dataDir))
  },
  openApp: async ({ page, api, rendererUrl }, use) => {
    await use(async (options = {}) => {
      await bindApi(page, options.api ?? api)
      await page.goto(rendererUrl)
      return page
    })
  }
})

/**
 * Leaves the first-start step for later, as a user in a hurry would: for the specs that set a
 * folder up (or unlock one set up elsewhere) and are about what comes after.
 */
export async function answerFirstStartLater(page: Page, options: { timeout?: number } = {}): Promise<void> {
  const later = page.getByRole('button', { name: /^(Fill in later|Remplir plus tard)$/ })
  await expect(later).toBeVisible(options)
  await later.click()
}

export {
  bindApi,
  exportsDirFor,
  openTestApi,
  openTestSession,
  removeTestFolders,
  shownInFolder,
  skipFirstStart,
  watchedDirFor
} from '../app-harness'
export { expect }
