import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { ApiTable } from '../../src/main/api'
import { expectNoSeriousViolation } from './accessibility'
import { expect, openTestApi, test } from './fixtures'
import { openItem, SHOTS_DIR, waitForResults } from './library-helpers'

// The first start in a new data folder asks who is working and how briefs start, then opens the
// library; the name given there is the one an item's history shows after a save.

const WORDS = {
  en: {
    title: 'Welcome to Dossier',
    name: 'Your name',
    office: 'Your office',
    marking: 'Marking for new briefs',
    bilingual: 'Bilingual (English and French side by side)',
    continue: 'Save and open the library',
    later: 'Fill in later',
    library: 'Library',
    item: "International engagement is central to IRCC's mandate",
    edit: 'Edit',
    text: 'Text, English',
    save: 'Save',
    saved: 'Saved as version 2.',
    settings: 'Settings',
    briefs: 'Briefs',
    newBrief: 'New brief',
    markingLabel: 'PROTECTED A',
    ownLanguage: 'English'
  },
  fr: {
    title: 'Bienvenue dans Dossier',
    name: 'Votre nom',
    office: 'Votre bureau',
    marking: "Marque de sécurité des nouvelles notes d’information",
    bilingual: 'Bilingue (anglais et français côte à côte)',
    continue: 'Enregistrer et ouvrir la bibliothèque',
    later: 'Remplir plus tard',
    library: 'Bibliothèque',
    item: "L'engagement international est au cœur du mandat d'IRCC",
    edit: 'Modifier',
    text: 'Texte, Anglais',
    save: 'Enregistrer',
    saved: 'Enregistré comme version 2.',
    settings: 'Paramètres',
    briefs: 'Notes d’information',
    newBrief: 'Nouvelle note d’information',
    markingLabel: 'PROTÉGÉ A',
    ownLanguage: 'Français'
  }
} as const

type Language = keyof typeof WORDS
type OpenApp = (options: { api: ApiTable }) => Promise<Page>

/**
 * A new folder (the step not yet answered) in the given interface language, opened in the page.
 * It lies inside the test's folder: the fixture's api has already opened that one, step answered.
 */
async function openNewFolder(page: Page, testDir: string, openApp: OpenApp, language: Language): Promise<ApiTable> {
  const api = await openTestApi(join(testDir, 'new-folder'), { firstStart: true })
  expect((await api['settings.update']({ uiLanguage: language })).ok).toBe(true)
  await openApp({ api })
  await expect(page.getByRole('heading', { level: 1, name: WORDS[language].title })).toBeFocused()
  return api
}

for (const language of ['en', 'fr'] as const) {
  const words = WORDS[language]

  test(`first start in ${language}: the name, office and brief defaults are asked once, then the library; the name is in history`, async ({
    dataDir,
    openApp,
    page
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 })
    const api = await openNewFolder(page, dataDir, openApp, language)
    // One short step: both ways on are in the first viewport of a common government laptop.
    await expect(page.getByRole('button', { name: words.continue })).toBeInViewport()
    await expect(page.getByRole('button', { name: words.later })).toBeInViewport()
    // Briefs start in the language the user reads the app in until they choose otherwise.
    await expect(page.getByRole('radio', { name: words.ownLanguage, exact: true })).toBeChecked()
    await expect(page.getByText('Unnamed user')).toBeVisible()
    await page.screenshot({ path: `${SHOTS_DIR}/first-start-${language}.png` })
    await expectNoSeriousViolation(page, `first start (${language})`)

    // Typed and chosen from the keyboard.
    await page.getByRole('textbox', { name: words.name }).fill('Awa Diallo')
    await page.getByRole('textbox', { name: words.office }).fill('Embassy of Canada to Mexico')
    await page.getByRole('combobox', { name: words.marking }).selectOption({ label: words.markingLabel })
    await page.getByRole('radio', { name: words.bilingual }).check()
    await page.getByRole('button', { name: words.continue }).press('Enter')

    await expect(page.getByRole('heading', { level: 1, name: words.library })).toBeFocused()
    await waitForResults(page)
    await expect(page.getByTestId('library-item').first()).toBeVisible()
    expect(await api['settings.get']({})).toMatchObject({
      ok: true,
      value: {
        uiLanguage: language,
        author: 'Awa Diallo',
        office: 'Embassy of Canada to Mexico',
        defaultMarking: 'PROTECTED A',
        defaultBriefLanguage: 'bilingual',
        welcomed: true
      }
    })

    // The name is the one history shows for a save.
    await openItem(page, words.item)
    await page.getByRole('button', { name: words.edit, exact: true }).click()
    await page.getByRole('textbox', { name: words.text }).fill('Canada engages internationally on migration.')
    await page.getByRole('button', { name: words.save, exact: true }).click()
    await expect(page.getByTestId('flash')).toContainText(words.saved)
    await expect(page.getByTestId('history').getByTestId('history-version').first()).toContainText('Awa Diallo')

    // A new brief starts with the chosen marking and language.
    await page.getByRole('button', { name: words.briefs, exact: true }).click()
    await page.getByRole('button', { name: words.newBrief }).click()
    await expect(page.getByRole('radio', { name: words.bilingual })).toBeChecked()
    await expect(page.locator('#field-marking')).toHaveValue('PROTECTED A')

    // Asked once: the next start opens on the library, and Settings holds every answer. A new
    // start is a new window, which does not remember the screen the last one was on.
    await page.evaluate(() => sessionStorage.clear())
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: words.library })).toBeVisible()
    await page.getByRole('button', { name: words.settings }).click()
    await expect(page.getByRole('textbox', { name: words.name })).toHaveValue('Awa Diallo')
    await expect(page.getByRole('textbox', { name: words.office })).toHaveValue('Embassy of Canada to Mexico')
    await expect(page.getByRole('combobox', { name: words.marking })).toHaveValue('PROTECTED A')
    await expect(page.getByRole('radio', { name: words.bilingual })).toBeChecked()
  })

  test(`first start in ${language}: left for later, saves say "Unnamed user" and the step is not asked again`, async ({
    dataDir,
    openApp,
    page
  }) => {
    const api = await openNewFolder(page, dataDir, openApp, language)
    await page.getByRole('button', { name: words.later }).click()
    await expect(page.getByRole('heading', { level: 1, name: words.library })).toBeFocused()
    expect(await api['settings.get']({})).toMatchObject({
      ok: true,
      value: { uiLanguage: language, author: '', office: '', welcomed: true }
    })
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: words.library })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: words.title })).toHaveCount(0)
  })
}
