import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { textState } from '../../src/shared/translation'
import { exportsDirFor, expect, test } from './fixtures'
import { openBrief, readBrief, waitSaved } from './composer-helpers'
import { documentXml, readZip } from './packages-helpers'

// A side meeting at a forum starts with logistics and a run of show (brief-templates.json); the
// officer fills them in by keyboard in the meeting details, sees them in the preview, and the
// Word file prints them. Taking a part out removes it from the brief and the document.

const TITLE = 'Pull-aside with Mexico at the Global Refugee Forum'

test('a side meeting at a forum: logistics and a run of show typed by keyboard reach the preview and Word', async ({
  openApp,
  api,
  dataDir
}) => {
  test.setTimeout(180_000)
  const page = await openApp()
  await page.getByRole('button', { name: 'Briefs' }).click()
  await page.getByRole('button', { name: 'New brief' }).click()
  await page.getByRole('radio', { name: /Side meeting at a forum/ }).check()
  await page.getByRole('textbox', { name: 'Title, English' }).fill(TITLE)
  await page
    .getByRole('textbox', { name: 'Title, French' })
    .fill('Aparté avec le Mexique au Forum mondial sur les réfugiés')
  await page.getByLabel('Meeting date').fill('2027-12-15')
  await page.getByRole('textbox', { name: 'Place, English' }).fill('Geneva')
  await page.getByRole('textbox', { name: 'Place, French' }).fill('Genève')
  await page.getByRole('checkbox', { name: 'Mexico' }).check()
  await page
    .getByRole('textbox', { name: 'Purpose and objectives, English' })
    .fill('Hear Mexico on regional protection.')
  await page
    .getByRole('textbox', { name: 'Purpose and objectives, French' })
    .fill('Entendre le Mexique sur la protection régionale.')
  await page.getByRole('button', { name: 'Create the brief' }).click()
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeFocused()

  const listed = await api['briefs.list']({})
  if (!listed.ok) throw new Error(listed.error.message)
  const id = listed.value.find((brief) => brief.title.en === TITLE)?.id ?? ''
  const created = await readBrief(api, id)
  // The template's parts, empty; no agenda for a side meeting; no irritant-free courtesy here.
  expect(created.template).toBe('forum-side-meeting')
  expect(created.meeting.format).toBe('forum-side-meeting')
  expect(created.runOfShow).toEqual({ openingRemarks: { en: '', fr: '' }, steps: [] })
  expect(created.logistics?.durationMinutes).toBeNull()
  expect(created.agenda).toBeUndefined()

  // The details panel by keyboard.
  const summary = page.getByText('Meeting details, partners and participants')
  await summary.focus()
  await page.keyboard.press('Enter')
  const logistics = page.getByRole('group', { name: 'Logistics and protocol' })
  await logistics.getByRole('spinbutton', { name: 'Duration (minutes)' }).focus()
  await page.keyboard.type('20')
  await logistics.getByRole('textbox', { name: 'On the margins of (forum or event), English' }).focus()
  await page.keyboard.type('Global Refugee Forum')
  await page.keyboard.press('Tab')
  const forumFr = logistics.getByRole('textbox', { name: 'On the margins of (forum or event), French' })
  await expect(forumFr).toBeFocused()
  // The French typed key by key, slowly enough that autosave saves it half typed several times:
  // a translation being written never marks its source as needing an update (translation.ts).
  await forumFr.pressSequentially('Forum mondial sur les réfugiés', { delay: 80 })
  await logistics.getByRole('combobox', { name: 'Interpretation' }).selectOption('consecutive')
  await logistics.getByRole('combobox', { name: 'Media' }).selectOption('photo-op')

  // A step: "Add a step" with Enter, focus lands on the new step's first field.
  const run = page.getByRole('group', { name: 'Run of show and opening remarks' })
  await run.getByRole('button', { name: 'Add a step' }).focus()
  await page.keyboard.press('Enter')
  const step = run.getByRole('group', { name: 'Step 1' })
  // A time input keeps its focus inside its own fields, which toBeFocused does not see: ask the document.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-runOfShow-steps-0-time')
  await step.getByLabel('Time').fill('14:30')
  await step.getByRole('spinbutton', { name: 'Length (minutes)' }).focus()
  await page.keyboard.type('15')
  await step.getByRole('textbox', { name: 'What happens, English' }).focus()
  await page.keyboard.type('Pull-aside in the delegates’ lounge')
  await page.keyboard.press('Tab')
  await step.getByRole('textbox', { name: 'What happens, French' }).fill('Aparté dans le salon des délégués')
  await step.getByRole('textbox', { name: 'Who, English' }).focus()
  await page.keyboard.type('Minister; Mexican Foreign Secretary')
  await waitSaved(page)

  const saved = await readBrief(api, id)
  expect(saved.logistics?.durationMinutes).toBe(20)
  expect(saved.logistics?.forum).toMatchObject({ en: 'Global Refugee Forum', fr: 'Forum mondial sur les réfugiés' })
  expect(textState(saved.logistics!.forum)).toBe('in-step')
  expect(saved.logistics?.interpretation.mode).toBe('consecutive')
  expect(saved.logistics?.media.kind).toBe('photo-op')
  // toMatchObject: typing each language in turn may leave the text's translation record behind.
  expect(saved.runOfShow?.steps).toMatchObject([
    {
      time: '14:30',
      minutes: 15,
      what: { en: 'Pull-aside in the delegates’ lounge', fr: 'Aparté dans le salon des délégués' },
      who: { en: 'Minister; Mexican Foreign Secretary', fr: '' }
    }
  ])

  // The step's French "who" is missing: the brief is in English, so it is not a must-fix.
  const preview = page.getByTestId('preview')
  await expect(preview.getByTestId('preview-logistics')).toContainText('20 minutes')
  await expect(preview.getByTestId('preview-logistics')).toContainText('On the margins ofGlobal Refugee Forum')
  await expect(preview.getByTestId('preview-logistics')).toContainText('Photo opportunity')
  await expect(preview.getByTestId('preview-run-of-show')).toContainText('14:30 (15 min)')
  await expect(preview.getByTestId('preview-run-of-show')).toContainText('Pull-aside in the delegates’ lounge')
  await page.getByTestId('plan-runOfShow').screenshot({ path: '/tmp/brief-templates-run-of-show.png' })

  // Export to Word: the parts are printed after the meeting details.
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export the brief to Word' })
  await dialog.getByRole('button', { name: 'Export…' }).click()
  await expect(dialog.getByTestId('export-saved')).toContainText('Saved to', { timeout: 20_000 })
  const files = (await readdir(exportsDirFor(dataDir))).filter((file) => file.endsWith('.docx'))
  expect(files).toHaveLength(1)
  const { bytes } = await readZip(join(exportsDirFor(dataDir), files[0] ?? ''))
  const xml = documentXml(new Uint8Array(bytes))
  const text = xml.replace(/<[^>]+>/g, '')
  for (const expected of [
    'Logistics and protocol',
    'On the margins of',
    'Global Refugee Forum',
    '20 minutes',
    'Consecutive',
    'Photo opportunity',
    'Run of show',
    '14:30 (15 min)',
    'Pull-aside in the delegates’ lounge',
    'Minister; Mexican Foreign Secretary'
  ]) {
    expect(text).toContain(expected)
  }
  // Nothing of what was left empty: no gifts row, no opening remarks heading.
  expect(text).not.toContain('Gifts')
  expect(text).not.toContain('Opening remarks')
  await dialog.getByRole('button', { name: 'Close' }).click()

  // Taking the run of show out removes it from the brief; the button to add it back takes focus.
  await run.getByRole('button', { name: 'Remove the run of show and opening remarks from this brief' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Add a run of show and opening remarks' })).toBeFocused()
  await waitSaved(page)
  expect((await readBrief(api, id)).runOfShow).toBeUndefined()
  await expect(preview.getByTestId('preview-run-of-show')).toHaveCount(0)
})

test('an approved brief shows its run of show in the preview, and its details take no edit', async ({
  openApp,
  api
}) => {
  test.setTimeout(60_000)
  for (const next of ['in-review', 'approved'] as const) {
    const stage = await api['briefs.setStage']({ id: 'brief-mexico-asylum-capacity', stage: next })
    if (!stage.ok) throw new Error(stage.error.message)
  }
  const page = await openApp()
  await openBrief(page, 'Bilateral meeting with Mexico on asylum capacity building')
  await expect(page.getByTestId('approved-notice')).toBeVisible()
  const preview = page.getByTestId('preview')
  // Bilingual: English on the left, French on the right.
  await expect(preview.getByTestId('preview-run-of-show').first()).toContainText('Handshake and official photo')
  await expect(preview.getByTestId('preview-run-of-show').last()).toContainText('Poignée de main et photo officielle')
  await expect(preview.getByTestId('preview-logistics').first()).toContainText('Consecutive')
  await expect(preview.getByTestId('preview-logistics').last()).toContainText('Consécutive')
  await preview.getByTestId('preview-logistics').first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/brief-templates-preview.png' })
  // The details, logistics and run of show included, sit in the inert part of the composer.
  const details = page.getByTestId('details-panel')
  await expect(page.locator('.composer-readonly[inert]').getByTestId('details-panel')).toHaveCount(1)
  await details.locator('summary').focus()
  await expect(details.locator('summary')).not.toBeFocused()
})
