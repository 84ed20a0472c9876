import { readFile } from 'node:fs/promises'
import { unzipSync } from 'fflate'
import { expectNoSeriousViolation } from './accessibility'
import { openBrief } from './composer-helpers'
import { expect, test } from './fixtures'

// After the meeting: "Record the meeting" on the Mexico brief, what was raised and said, two
// commitments and a point the library has no line for, by keyboard; the record in Word; the
// commitments on their own screen and in Mexico's profile; and the next brief for Mexico
// opening on them.

const MEXICO = 'Bilateral meeting with Mexico on asylum capacity building'
const RECORD = `Record of discussion: ${MEXICO}`

test('record a meeting, follow its commitments, and start the next brief from it', async ({ api, openApp, page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1366, height: 900 })
  await openApp()
  await openBrief(page, MEXICO)
  await page.getByRole('button', { name: 'Record the meeting' }).click()
  await expect(page.getByRole('heading', { level: 1, name: RECORD })).toBeFocused()

  // The brief's first point was raised, its second was not.
  const points = page.getByTestId('record-point')
  await points.nth(0).getByRole('radio', { name: 'Raised', exact: true }).check()
  await points
    .nth(0)
    .getByRole('textbox', { name: 'What was said, English' })
    .fill('COMAR asked for <more> training & “support”.')
  await points.nth(1).getByRole('radio', { name: 'Not raised' }).check()

  // One attendee did not come.
  const before = await page.locator('.attendee').count()
  await page
    .getByRole('button', { name: /^Did not attend/ })
    .first()
    .click()
  await expect(page.locator('.attendee')).toHaveCount(before - 1)

  // Two commitments, by keyboard: Add puts the cursor in the new one's first field.
  await page.getByRole('button', { name: 'Add a commitment' }).click()
  await expect(page.getByRole('textbox', { name: 'Commitment, English' }).first()).toBeFocused()
  await page.keyboard.type('Send the 2027 training calendar')
  const first = page.getByTestId('commitment').nth(0)
  await first.getByRole('textbox', { name: 'Who follows it up' }).fill('IRCC International Affairs')
  await first.getByLabel('By when').fill('2026-11-01')
  await page.getByRole('button', { name: 'Add a commitment' }).click()
  await expect(page.getByRole('textbox', { name: 'Commitment, English' }).nth(1)).toBeFocused()
  await page.keyboard.type('Share asylum statistics for 2026')
  const second = page.getByTestId('commitment').nth(1)
  await second.getByRole('combobox', { name: 'Promised by' }).selectOption('partner')
  await second.getByRole('textbox', { name: 'Who follows it up' }).fill('COMAR')
  await second.getByLabel('By when').fill('2027-06-30')

  // A point the counterpart raised, made a draft irritant for review.
  await page.getByRole('button', { name: 'Add a point' }).click()
  await expect(page.getByRole('textbox', { name: 'What was raised, English' })).toBeFocused()
  await page.keyboard.type('Wait times for work permits in Mexico City are too long.')
  await page.getByRole('button', { name: /^Make it a draft irritant in the library/ }).focus()
  const scrolled = await page.evaluate(() => document.querySelector('.app-main')?.scrollTop ?? 0)
  await page.keyboard.press('Enter')
  // The note takes the button's place and the focus; the page keeps its place.
  const note = page.getByText('A draft irritant made from this point is in the library, for review.')
  await expect(note).toBeFocused()
  expect(await page.evaluate(() => document.querySelector('.app-main')?.scrollTop ?? 0)).toBeGreaterThanOrEqual(
    scrolled * 0.5
  )
  await expectNoSeriousViolation(page, 'record of discussion')
  await points.nth(0).scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/record-points.png' })
  await page.getByRole('button', { name: 'Add a commitment' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/record-commitments.png' })

  // Everything typed reached the disk.
  const records = await api['records.list']({})
  expect(records.ok).toBe(true)
  const record = records.ok ? records.value[0]! : null
  expect(record?.commitments.map((each) => [each.text.en, each.side, each.owner, each.due])).toEqual([
    ['Send the 2027 training calendar', 'canada', 'IRCC International Affairs', '2026-11-01'],
    ['Share asylum statistics for 2026', 'partner', 'COMAR', '2027-06-30']
  ])
  expect(record?.points[0]).toMatchObject({
    raised: 'raised',
    notes: { en: 'COMAR asked for <more> training & “support”.' }
  })
  expect(record?.otherPoints[0]?.draftItemId).toMatch(/^irritant-wait-times/)

  // Word in French: everything typed is English only, so French is refused and says what lacks French.
  await page.getByRole('combobox', { name: 'Export in' }).selectOption('fr')
  const gaps = page.getByTestId('record-export-gaps')
  await expect(gaps).toContainText('Commitment 1 has no French.')
  await expect(gaps).toContainText('Point 1 has no French.')
  await expect(page.getByRole('button', { name: 'Export to Word' })).toHaveAttribute('aria-disabled', 'true')
  await gaps.scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/record-gaps.png' })
  // Pressed all the same (it stays focusable, so its reason is read), it exports nothing.
  await page.getByRole('button', { name: 'Export to Word' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('export-saved')).toHaveCount(0)
  // In English, the language it is written in.
  await page.getByRole('combobox', { name: 'Export in' }).selectOption('en')
  await expect(gaps).toHaveCount(0)
  await page.getByRole('button', { name: 'Export to Word' }).click()
  await expect(page.getByTestId('export-saved')).toBeVisible()
  const path = (await page.locator('.export-path').textContent()) ?? ''
  const xml = new TextDecoder().decode(unzipSync(new Uint8Array(await readFile(path)))['word/document.xml'])
  expect(xml).toContain('Commitments')
  expect(xml).toContain('Send the 2027 training calendar')
  expect(xml).toContain('PROTECTED A')

  // The commitments screen: overdue first; one marked done.
  await page.getByRole('button', { name: 'Back to meetings' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings and commitments' })).toBeFocused()
  const rows = page.locator('.commitments-table tbody tr')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toContainText('Overdue')
  await expect(rows.nth(0)).toContainText('Send the 2027 training calendar')
  await expect(rows.nth(1)).toContainText('Open')
  await expectNoSeriousViolation(page, 'meetings and commitments')
  await page.screenshot({ path: '/tmp/meetings-home.png', fullPage: true })
  await rows
    .nth(0)
    .getByRole('button', { name: /^Mark done/ })
    .click()
  await expect(rows).toHaveCount(1)
  await page.getByRole('combobox', { name: 'Show' }).selectOption('all')
  const done = page.locator('.commitments-table tbody tr[data-state="done"]')
  await expect(done).toContainText('Send the 2027 training calendar')
  await expect(done.getByRole('button', { name: /^Open again/ })).toBeVisible()

  // Mexico's profile: the record and the brief in its timeline, the commitments with their state.
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Library' }).click()
  await page.getByRole('searchbox').fill('Mexico')
  await page.getByRole('button', { name: 'Mexico', exact: true }).first().click()
  const timeline = page.getByTestId('partner-timeline')
  await expect(timeline.getByRole('listitem').first()).toContainText(RECORD)
  await expect(timeline).toContainText(MEXICO)
  await expect(page.getByTestId('partner-commitments')).toContainText('Share asylum statistics for 2026')
  await timeline.scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/partner-meetings.png' })
  await timeline.getByRole('button', { name: RECORD }).click()
  await expect(page.getByRole('heading', { level: 1, name: RECORD })).toBeFocused()

  // The next brief for Mexico opens on what was said and promised.
  const created = await api['briefs.create']({
    template: 'bilateral',
    title: { en: 'Follow-up with Mexico', fr: 'Suivi avec le Mexique' },
    language: 'en',
    marking: 'PROTECTED A',
    meeting: { date: '2027-05-04', time: '', place: { en: 'Ottawa', fr: 'Ottawa' }, format: 'bilateral' },
    partnerIds: ['partner-mexico'],
    participants: { canada: [], partner: [] },
    objectives: { en: 'Follow up.', fr: 'Faire le suivi.' }
  })
  expect(created.ok).toBe(true)
  await openBrief(page, 'Follow-up with Mexico')
  const outline = page.getByTestId('outline')
  await expect(outline).toContainText('Previous meetings and commitments')
  await expect(outline).toContainText('Open (Counterpart, COMAR, due June 30, 2027): Share asylum statistics')
  const preview = page.getByTestId('preview')
  await expect(preview).toContainText('Previous meetings and commitments')
  await expect(preview).toContainText(
    'Done (Canada, IRCC International Affairs, due November 1, 2026): Send the 2027 training calendar'
  )
  await expect(preview).toContainText('Open (Counterpart, COMAR, due June 30, 2027): Share asylum statistics for 2026')
  await page.screenshot({ path: '/tmp/previous-meetings.png' })
})

test('the meetings screen and a record in French', async ({ api, openApp, page }) => {
  expect((await api['settings.update']({ uiLanguage: 'fr' })).ok).toBe(true)
  const created = await api['records.createFromBrief']({ briefId: 'brief-mexico-asylum-capacity' })
  if (!created.ok) throw new Error(created.error.message)
  const saved = await api['records.save']({
    record: {
      ...created.value,
      commitments: [
        {
          id: 'commitment-calendar',
          text: { en: 'Send the training calendar', fr: 'Envoyer le calendrier des formations' },
          side: 'canada',
          owner: 'IRCC',
          due: '2026-01-15',
          status: 'open',
          doneOn: ''
        }
      ]
    }
  })
  expect(saved.ok).toBe(true)
  await page.setViewportSize({ width: 1366, height: 900 })
  await openApp()
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('button', { name: 'Réunions' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Réunions et engagements' })).toBeFocused()
  const row = page.locator('.commitments-table tbody tr')
  await expect(row).toContainText('Envoyer le calendrier des formations')
  await expect(row).toContainText('En retard')
  await expectNoSeriousViolation(page, 'réunions')
  await page.screenshot({ path: '/tmp/meetings-fr.png' })
  await page.getByRole('button', { name: /^Compte rendu : Rencontre bilatérale/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Compte rendu : / })).toBeFocused()
  await expect(page.getByRole('heading', { level: 2, name: 'Points de la note d’information' })).toBeVisible()
  // A French officer's new commitment starts in its French field, so what they type is saved as French.
  await page.getByRole('button', { name: 'Ajouter un engagement' }).click()
  await expect(page.getByRole('textbox', { name: 'Engagement, Français' }).nth(1)).toBeFocused()
  await page.keyboard.type('Transmettre les statistiques')
  await expect
    .poll(async () => {
      const found = await api['records.get']({ id: created.value.id })
      return found.ok ? found.value.commitments[1]?.text : null
    })
    .toEqual({ en: '', fr: 'Transmettre les statistiques' })
})
