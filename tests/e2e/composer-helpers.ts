import type { Page } from '@playwright/test'
import type { ApiTable } from '../../src/main/api'
import type { Brief } from '../../src/shared/entities'
import { expect } from './fixtures'

// Steps the composer specs share: make a brief, open it, add from the picker by keyboard.

/** Creates a bilateral brief for Mexico through the api, as the new-brief form would. */
export async function createMexicoBrief(api: ApiTable, language: 'en' | 'fr' | 'bilingual' = 'en'): Promise<Brief> {
  const result = await api['briefs.create']({
    template: 'bilateral',
    title: { en: 'Bilateral with Mexico', fr: 'Rencontre bilatérale avec le Mexique' },
    language,
    marking: 'UNCLASSIFIED',
    meeting: { date: '2026-12-03', time: '09:30', place: { en: 'Mexico City', fr: 'Mexico' }, format: 'bilateral' },
    partnerIds: ['partner-mexico'],
    participants: { canada: [], partner: [] },
    objectives: {
      en: 'Deepen cooperation on asylum capacity.',
      fr: 'Approfondir la coopération sur les capacités en matière d’asile.'
    }
  })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** Reads a brief through the api. */
export async function readBrief(api: ApiTable, id: string): Promise<Brief> {
  const result = await api['briefs.get']({ id })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** From anywhere in the app: the Briefs screen, then the brief with this title in the composer. */
export async function openBrief(page: Page, title: string | RegExp): Promise<void> {
  await page
    .getByRole('navigation', { name: /Main menu|Menu principal/ })
    .getByRole('button', { name: /Briefs|Notes/ })
    .click()
  await page
    .getByTestId('brief-item')
    .getByRole('button', { name: title, exact: typeof title === 'string' })
    .first()
    .click()
  await expect(page.getByTestId('outline')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
}

/** Opens the composer's library picker (a pane shown on demand) with its toolbar button. */
export async function openPicker(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /^(Add from library|Ajouter de la bibliothèque)$/ })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  await expect(page.locator('.picker')).toBeVisible()
}

/** Opens the list of checks, which the composer's toolbar counts and lists on demand. */
export async function openChecks(page: Page): Promise<void> {
  const details = page.getByTestId('checks').locator('details')
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click()
  await expect(details).toHaveAttribute('open', '')
}

/** Waits until every change has been saved. */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-status', 'saved')
}

/** The names of the outline's items, in order. */
export async function outlineNames(page: Page): Promise<string[]> {
  return page.locator('.outline-item-name').allTextContents()
}

/**
 * Keyboard only: the search shortcut, the words, Enter (the first result's Add), Enter again
 * (its section, chosen for its kind). Returns once the outline has one more item.
 */
export async function addByKeyboard(page: Page, words: string): Promise<void> {
  const before = await page.getByTestId('outline-item').count()
  await page.keyboard.press('Control+k')
  const search = page.getByRole('searchbox', { name: /Search the library|Rechercher/ })
  await expect(search).toBeFocused()
  await page.keyboard.press('Control+a')
  await page.keyboard.type(words)
  await expect(page.locator('.picker .results')).toHaveAttribute('data-state', 'ready')
  await expect(page.locator('.picker [data-testid="picker-add"]').first()).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await expect(page.locator('.picker [data-testid="picker-add"]').first()).toBeFocused()
  await page.keyboard.press('Enter')
  const dialog = page.getByTestId('add-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.locator('input:checked')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByTestId('outline-item')).toHaveCount(before + 1)
}
