import { execFile } from 'node:child_process'
import { copyFile, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from './fixtures'
import { waitForResults } from './library-helpers'

// The README's pictures, taken from the app itself at every run of the suite so that they stay
// true: the library, the composer on the Mexico example, and the first page of its Word export
// as LibreOffice lays it out (CI installs libreoffice-writer-nogui and poppler-utils).

const run = promisify(execFile)
const SHOTS = join(process.cwd(), 'docs', 'screenshots')

test('the README screenshots: library, composer and an exported page', async ({ openApp, api, page }) => {
  test.setTimeout(120_000)
  await mkdir(SHOTS, { recursive: true })
  await page.setViewportSize({ width: 1366, height: 768 })
  await openApp()
  await page.getByRole('button', { name: 'Dismiss these messages' }).click()
  await waitForResults(page)
  await page.screenshot({ path: join(SHOTS, 'library.png') })

  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Briefs' }).click()
  await page
    .getByTestId('brief-item')
    .getByRole('button', { name: 'Bilateral meeting with Mexico on asylum capacity building', exact: true })
    .click()
  await expect(page.getByTestId('outline')).toBeVisible()
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-status', 'saved')
  await page.screenshot({ path: join(SHOTS, 'composer.png') })

  const exported = await api['export.brief']({ briefId: 'brief-mexico-asylum-capacity', language: 'bilingual' })
  if (!exported.ok || !exported.value) throw new Error('The example brief did not export.')
  const folder = dirname(exported.value.path)
  await run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', folder, exported.value.path], {
    timeout: 90_000
  })
  const pdf = exported.value.path.replace(/\.docx$/, '.pdf')
  const prefix = join(folder, 'page')
  await run('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, prefix])
  await copyFile(`${prefix}.png`, join(SHOTS, 'exported-page.png'))
})
