import type { KeyMessage } from '@shared/entities'
import { expect, test } from './fixtures'
import { addByKeyboard, openBrief, outlineNames, readBrief, waitSaved } from './composer-helpers'

test('a brief for Mexico: create, add by keyboard, reorder, edit, take the library’s new text, reload', async ({
  openApp,
  api
}) => {
  test.setTimeout(90_000)
  const page = await openApp()
  await page.getByRole('button', { name: 'Briefs' }).click()
  await page.getByRole('button', { name: 'New brief' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New brief' })).toBeFocused()

  // The bilateral template, for Mexico.
  await page.getByRole('radio', { name: /Bilateral meeting/ }).check()
  await page.getByRole('textbox', { name: 'Title, English' }).fill('Bilateral with Mexico')
  await page.getByLabel('Meeting date').fill('2026-12-03')
  await page.getByRole('textbox', { name: 'Place, English' }).fill('Mexico City')
  await page.getByRole('textbox', { name: 'Place, French' }).fill('Mexico')
  await page.getByRole('checkbox', { name: 'Mexico' }).check()
  await page.screenshot({ path: '/tmp/composer-new-brief.png', fullPage: true })
  await page.getByRole('button', { name: 'Create the brief' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Bilateral with Mexico' })).toBeFocused()
  const briefId = (await api['briefs.list']({})).ok
    ? ((await api['briefs.list']({})) as { ok: true; value: { id: string; title: { en: string } }[] }).value.find(
        (brief) => brief.title.en === 'Bilateral with Mexico'
      )?.id
    : undefined
  expect(briefId).toBeDefined()
  const id = briefId as string
  expect((await readBrief(api, id)).meeting.place).toEqual({ en: 'Mexico City', fr: 'Mexico' })

  // Five items, keyboard only.
  await addByKeyboard(page, 'regular pathways')
  await addByKeyboard(page, 'youth mobility builds')
  await addByKeyboard(page, 'visa processing delays')
  await addByKeyboard(page, 'Canada–Mexico cooperation on asylum')
  await addByKeyboard(page, 'capacity building program')
  await waitSaved(page)
  const saved = await readBrief(api, id)
  const keyMessages = saved.sections.find((section) => section.kind === 'key-messages')
  expect(keyMessages?.items.map((item) => (item.type === 'library' ? item.itemId : item.id))).toEqual([
    'km-regular-pathways',
    'km-iec-youth-mobility'
  ])
  expect(saved.sections.find((section) => section.kind === 'irritants')?.items).toHaveLength(1)
  expect(saved.sections.find((section) => section.kind === 'background')?.items).toHaveLength(2)

  // Reorder the two key messages: Alt+Down on the first.
  const first = page
    .getByTestId('outline-item')
    .filter({ hasText: 'regular pathways' })
    .locator('[data-control="title"]')
  await first.focus()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(page.getByRole('status').filter({ hasText: /is now 2 of 2 in Key messages/ })).toHaveCount(1)
  await waitSaved(page)
  const reordered = (await readBrief(api, id)).sections.find((section) => section.kind === 'key-messages')
  expect(reordered?.items.map((item) => (item.type === 'library' ? item.itemId : ''))).toEqual([
    'km-iec-youth-mobility',
    'km-regular-pathways'
  ])

  // Edit the youth-mobility message in the brief: the library keeps its text.
  const libraryBefore = await api['library.get']({ kind: 'keyMessage', id: 'km-iec-youth-mobility' })
  const youth = page.getByTestId('outline-item').filter({ hasText: 'Youth mobility' })
  await youth.locator('[data-control="title"]').click()
  const english = youth.getByRole('textbox', { name: 'Text in this brief, English' })
  // A keystroke reaches the preview in the render that draws it in the text box, before any frame.
  const previewBeforeAFrame = await english.evaluate(async (box: HTMLTextAreaElement) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set
    setValue?.call(box, `${box.value} (typed)`)
    box.dispatchEvent(new Event('input', { bubbles: true }))
    // React draws a typed key's update in a microtask; no animation frame runs before these.
    await Promise.resolve()
    await Promise.resolve()
    return [...document.querySelectorAll('.preview-block')].map((block) => block.textContent ?? '').join('\n')
  })
  expect(previewBeforeAFrame).toContain('(typed)')
  await english.fill('Youth mobility builds ties between Canada and Mexico (brief wording).')
  await english.blur()
  await expect(youth.getByText('Edited in this brief')).toBeVisible()
  await waitSaved(page)
  expect(await api['library.get']({ kind: 'keyMessage', id: 'km-iec-youth-mobility' })).toEqual(libraryBefore)
  const edited = (await readBrief(api, id)).sections
    .flatMap((section) => section.items)
    .find((item) => item.type === 'library' && item.itemId === 'km-iec-youth-mobility')
  expect(edited?.type === 'library' && edited.override?.en).toBe(
    'Youth mobility builds ties between Canada and Mexico (brief wording).'
  )

  // The library changes that message and its title; the composer says its copy is out of date,
  // keeps the title as placed meanwhile, and takes both.
  if (!libraryBefore.ok) throw new Error('no library item')
  const item = libraryBefore.value as KeyMessage
  const changed = await api['library.save']({
    kind: 'keyMessage',
    item: {
      ...item,
      title: { en: `${item.title.en} (renamed)`, fr: `${item.title.fr} (renommé)` },
      text: { en: 'Youth mobility: the new approved wording.', fr: 'Mobilité des jeunes : nouveau libellé approuvé.' }
    },
    expectedVersion: item.version
  })
  expect(changed.ok).toBe(true)
  await page.getByRole('button', { name: 'Back to briefs' }).first().click()
  await openBrief(page, 'Bilateral with Mexico')
  const outdated = page.getByTestId('outline-item').filter({ hasText: 'Youth mobility' })
  await expect(outdated.getByTestId('out-of-date-badge')).toHaveText('Library text has changed')
  await expect(outdated.locator('[data-control="title"]')).not.toContainText('(renamed)')
  await outdated.locator('[data-control="title"]').click()
  await expect(outdated.getByTestId('library-copy').filter({ hasText: 'wording' }).first()).toContainText(
    /Youth mobility\s*\[added: :\s*the new approved\]\s*wording/
  )
  await expect(outdated.getByTestId('library-copy').filter({ hasText: '(renamed)' }).first()).toContainText(
    /\[added:\s*\(renamed\)\]/
  )
  await outdated.getByRole('button', { name: "Use the library’s text" }).click()
  await expect(outdated.getByTestId('out-of-date-badge')).toHaveCount(0)
  await expect(outdated.locator('[data-control="title"]')).toContainText('(renamed)')
  await expect(page.getByTestId('preview')).toContainText('Youth mobility: the new approved wording.')
  await waitSaved(page)
  const taken = (await readBrief(api, id)).sections
    .flatMap((section) => section.items)
    .find((each) => each.type === 'library' && each.itemId === 'km-iec-youth-mobility')
  expect(taken).toMatchObject({ placedVersion: item.version + 1, override: null })

  // Reload: the brief is exactly as left, in the store and on screen.
  const before = await readBrief(api, id)
  const namesBefore = await outlineNames(page)
  await page.reload()
  await openBrief(page, 'Bilateral with Mexico')
  expect(await outlineNames(page)).toEqual(namesBefore)
  expect(await readBrief(api, id)).toEqual(before)
})
