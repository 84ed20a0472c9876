import { expectNoSeriousViolation } from './accessibility'
import { createMexicoBrief, openBrief } from './composer-helpers'
import { expect, test } from './fixtures'

// A brief goes for review, is approved (read-only until reopened, its history showing each step),
// and its approval block, filled in the details, reaches the Word file.

const MEXICO = 'Bilateral meeting with Mexico on asylum capacity building'
const MEXICO_ID = 'brief-mexico-asylum-capacity'

test('send for review, approve, find the brief read-only with its history, reopen and edit', async ({
  api,
  openApp,
  page
}) => {
  expect((await api['settings.update']({ author: 'Awa Diallo' })).ok).toBe(true)
  await page.setViewportSize({ width: 1366, height: 768 })
  await openApp()
  await openBrief(page, MEXICO)
  const stage = page.getByTestId('stage-control')
  await expect(stage).toContainText('Draft')

  // The approval block, in the meeting details.
  await page.getByText('Meeting details, partners and participants').click()
  const block = page.getByTestId('approval-fields')
  await block.getByLabel('Tracking number').fill('IRCC-2026-1187')
  await block.getByLabel('Approved by').fill('Marie-Ève Tremblay')

  await stage.getByRole('button', { name: 'Send for review' }).click()
  await expect(stage).toContainText('In review')
  await stage.getByRole('button', { name: 'Approve' }).click()
  await expect(stage).toContainText('Approved')
  await expect(page.getByTestId('approved-notice')).toContainText(
    /^Approved by Awa Diallo \(.+\): it cannot be changed until it is reopened\./
  )

  // Read-only: the outline and details take no input, the settings and undo are off; export stays.
  expect(await page.locator('.composer-outline-column').evaluate((element) => (element as HTMLElement).inert)).toBe(
    true
  )
  // …and look it: a remove button in the outline is grey like a disabled one, not red.
  const remove = page.locator('.composer-outline-column .icon-button-danger').first()
  expect(await remove.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(118, 118, 118)')
  await expect(page.locator('#brief-marking')).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Add from library' })).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Export…' })).toBeEnabled()
  await stage.getByText('History').click()
  await expect(stage.getByRole('listitem')).toHaveText([/^Sent for review: Awa Diallo, /, /^Approved: Awa Diallo, /])
  await expectNoSeriousViolation(page, 'approved brief')
  await page.screenshot({ path: '/tmp/brief-approved-en.png' })

  const approved = await api['briefs.get']({ id: MEXICO_ID })
  expect(approved.ok && approved.value.approval).toMatchObject({
    trackingNumber: 'IRCC-2026-1187',
    approvedBy: { name: 'Marie-Ève Tremblay', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown },
    preparedBy: { name: 'Awa Diallo' }
  })

  // The list of briefs shows the stage of each.
  await page.getByRole('button', { name: '← Back to briefs' }).click()
  await expect(page.locator(`[data-brief-id="${MEXICO_ID}"]`)).toContainText('StageApproved')
  await openBrief(page, MEXICO)

  await stage.getByRole('button', { name: 'Reopen' }).click()
  await expect(stage).toContainText('Draft')
  await expect(page.getByTestId('approved-notice')).toHaveCount(0)
  await expect(page.locator('#brief-marking')).toBeEnabled()
  expect(await page.locator('.composer-outline-column').evaluate((element) => (element as HTMLElement).inert)).toBe(
    false
  )
})

test('approval waits for the must-fix checks, and says so in words about approving', async ({ api, openApp, page }) => {
  const brief = await createMexicoBrief(api)
  const saved = await api['briefs.save']({ brief: { ...brief, objectives: { en: '', fr: '' } } })
  expect(saved.ok).toBe(true)
  expect((await api['briefs.setStage']({ id: brief.id, stage: 'in-review' })).ok).toBe(true)
  await openApp()
  await openBrief(page, 'Bilateral with Mexico')
  const stage = page.getByTestId('stage-control')
  await stage.getByRole('button', { name: 'Approve' }).click()
  await expect(stage.getByRole('alert')).toHaveText(
    'This brief cannot be approved yet: fix what its checks list under “Must be fixed before export” first.'
  )
  await expect(stage).toContainText('In review')
})

test('a stage is never set over a save made elsewhere after the brief was opened', async ({ api, openApp, page }) => {
  const brief = await createMexicoBrief(api)
  await openApp()
  await openBrief(page, 'Bilateral with Mexico')
  // Another window saves the brief meanwhile.
  const elsewhere = await api['briefs.save']({
    brief: { ...brief, objectives: { en: 'Changed elsewhere.', fr: 'Modifié ailleurs.' } },
    expectedUpdatedAt: brief.updatedAt
  })
  expect(elsewhere.ok).toBe(true)
  const stage = page.getByTestId('stage-control')
  await stage.getByRole('button', { name: 'Send for review' }).click()
  await expect(stage.getByRole('alert')).toContainText('Someone saved a newer version')
  await expect(stage).toContainText('Draft')
  const after = await api['briefs.get']({ id: brief.id })
  expect(after.ok && (after.value.stage ?? 'draft')).toBe('draft')
})
