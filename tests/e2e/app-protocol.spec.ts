import { join } from 'node:path'
import { APP_ORIGIN } from '../../src/main/electron/app-protocol'
import { createAppProtocolHandler } from '../../src/main/electron/app-protocol-handler'
import { bindApi, expect, test } from './fixtures'

// Chromium here cannot register app://, so the page is opened on a stand-in origin whose every
// request is answered by the app's real protocol handler, headers included: this proves the built
// renderer's module script, styles and fonts load and run under the content types, nosniff, the
// policy header and the same-origin resource policy the handler sends.
const STAND_IN = 'http://dossier.test/'

test('the built renderer runs when served by the app protocol handler', async ({ page, api }) => {
  const serve = createAppProtocolHandler(join(process.cwd(), 'out', 'renderer'))
  const statuses: string[] = []
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  await page.route('**/*', async (route) => {
    const url = route.request().url()
    if (!url.startsWith(STAND_IN)) return route.abort()
    const response = await serve(new Request(`${APP_ORIGIN}${url.slice(STAND_IN.length)}`))
    statuses.push(`${response.status} ${url.slice(STAND_IN.length)}`)
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer())
    })
  })
  await bindApi(page, api)

  await page.goto(`${STAND_IN}index.html`)
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await expect(page.getByTestId('library-item').first()).toBeVisible()
  expect(statuses.filter((status) => !status.startsWith('200 '))).toEqual([])
  expect(statuses.some((status) => /^200 assets\/index-[\w-]+\.js$/.test(status))).toBe(true)
  expect(problems).toEqual([])
})
