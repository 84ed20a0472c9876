import { expectNoSeriousViolation } from './accessibility'
import { expect, test } from './fixtures'
import { openBrief, readBrief, waitSaved } from './composer-helpers'

// An irritant in a brief, row by row (issue 14 §3): its context and each responsive line with
// whom it is aimed at, each line kept in or left out, each edited on its own; the preview prints
// each line in as one "If raised" paragraph, whatever blank lines its text holds.

const BRIEF_ID = 'brief-mexico-asylum-capacity'
const ITEM_ID = 'item-mx-irr-visa-facilitation'
const FIRST_LINE = 'Canada’s visa policy is based on evidence'
const EDITED = 'Canada values its partnership with Mexico.\n\nWe will keep working on the eTA together.'

test('English: leave a line out, edit another on its own, see both in the preview, restore, undo', async ({
  openApp,
  api
}) => {
  test.setTimeout(90_000)
  const page = await openApp()
  await openBrief(page, 'Bilateral meeting with Mexico on asylum capacity building')
  const item = page.getByTestId('outline-item').filter({ hasText: 'Requests for visa facilitation' })
  await item.locator('.outline-item-title').click()
  const rows = item.getByTestId('irritant-row')
  await expect(rows.locator('.irritant-row-label')).toHaveText([
    'Context',
    'Line 1 — Any partner',
    'Line 2 — Any partner',
    'Line 3 — If raised by Mexico'
  ])
  const preview = page.getByTestId('preview')
  const block = preview.locator(`[data-item-id="${ITEM_ID}"]`)
  await expect(block).toContainText(FIRST_LINE.replace('’', "'"))

  // Leave the first line out, from the keyboard.
  const include = item.getByRole('checkbox', { name: 'Include line 1 (Any partner) in this brief' })
  await include.focus()
  await page.keyboard.press('Space')
  await expect(include).not.toBeChecked()
  await expect(rows.nth(1)).toContainText('Left out of this brief.')
  await expect(block).not.toContainText(FIRST_LINE.replace('’', "'"))

  // Edit the Mexico line alone; a blank line inside it stays inside that line.
  const english = item.getByRole('textbox', { name: 'Line 3 — If raised by Mexico, English' })
  await english.fill(EDITED)
  await english.blur()
  const lines = block.locator('.preview-cell[lang="en-CA"] .preview-if-raised')
  await expect(lines).toHaveCount(2)
  // The line's second paragraph follows under it, unlabelled: a blank line is not another line.
  await expect(lines.nth(1).locator('p')).toHaveText([
    'If raised by Mexico: Canada values its partnership with Mexico.',
    'We will keep working on the eTA together.'
  ])
  await expect(block.locator('.preview-cell[lang="fr-CA"] .preview-if-raised').nth(1)).toContainText(
    'Si la question est soulevée (Mexique) :'
  )
  await expect(rows.nth(3)).toContainText('Edited in this brief')
  // Only the English changed: the row says its French needs updating.
  await expect(rows.nth(3).getByTestId('translation-badge')).toHaveText('French needs updating')

  await waitSaved(page)
  const saved = await readBrief(api, BRIEF_ID)
  const placed = saved.sections.flatMap((section) => section.items).find((each) => each.id === ITEM_ID)
  expect(placed?.type === 'library' && placed.override).toBeNull()
  expect(
    placed?.type === 'library' && placed.rows?.lines.map((line) => [line.lineId, line.included, line.override?.en])
  ).toEqual([
    ['line-visa-facilitation-criteria', false, undefined],
    ['line-visa-facilitation-mexico', true, EDITED]
  ])

  await item.screenshot({ path: '/tmp/irritant-rows-en.png' })
  await block.screenshot({ path: '/tmp/irritant-rows-preview-en.png' })
  await expectNoSeriousViolation(page, 'irritant rows')

  // Restore the library's text of that row: the focus goes to its English, Ctrl+Z brings the edit back.
  await item.getByRole('button', { name: 'Restore library text: Line 3 — If raised by Mexico' }).click()
  await expect(english).toBeFocused()
  await expect(english).toHaveValue(/^Canada deeply values its relationship with Mexico/)
  await english.blur()
  await page.keyboard.press('Control+z')
  await expect(english).toHaveValue(EDITED)
})

test('French: rows say whom each line is aimed at, a group’s line is offered, and no serious violation', async ({
  openApp,
  api
}) => {
  test.setTimeout(90_000)
  await api['settings.update']({ uiLanguage: 'fr' })
  const page = await openApp()
  await openBrief(page, /^Rencontre bilatérale avec le Mexique sur le renforcement/)
  const item = page
    .getByTestId('outline-item')
    .filter({ hasText: 'Appels à un plus grand partage des responsabilités' })
  await item.locator('.outline-item-title').click()
  const rows = item.getByTestId('irritant-row')
  await expect(rows.locator('.irritant-row-label')).toHaveText([
    'Contexte',
    'Ligne 1 — Tout partenaire',
    'Ligne 2 — Tout partenaire',
    'Ligne 3 — Si la question est soulevée (Cadre global régional de protection et de solutions [MIRPS])'
  ])
  // The MIRPS line, added for this brief, is a row that can be left out; the Global Refugee
  // Forum's line is not offered (Mexico is not recorded as a member).
  const mirps = item.getByRole('checkbox', { name: /^Inclure la ligne 3 / })
  await expect(mirps).toBeChecked()
  await expect(rows.nth(3)).toContainText('membres présents à cette rencontre : Mexique')
  const preview = page.getByTestId('preview')
  await expect(preview).toContainText(
    'Si la question est soulevée (Cadre global régional de protection et de solutions [MIRPS]) :'
  )
  await mirps.uncheck()
  await expect(preview).not.toContainText('Cadre global régional de protection et de solutions [MIRPS]')
  await item.screenshot({ path: '/tmp/irritant-rows-fr.png' })
  await expectNoSeriousViolation(page, 'irritant rows fr')
})
