import { expect, test } from './fixtures'
import {
  addBrief,
  createPackage,
  expectNoSeriousViolation,
  M5,
  MEXICO,
  openPackages,
  packageOrder
} from './packages-helpers'
import { dragOnto } from './drag'

test('a package is created with both names and dates, and refused with the end before the start', async ({
  openApp,
  api
}) => {
  const page = await openApp()
  await openPackages(page)
  await expect(page.getByText('No packages yet.')).toBeVisible()
  await page.screenshot({ path: '/tmp/packages-empty.png', fullPage: true })

  await page.getByRole('button', { name: 'New package' }).click()
  await page.getByLabel('Start date').fill('2027-02-20')
  await page.getByLabel('End date').fill('2027-02-15')
  await page.getByRole('button', { name: 'Create the package' }).click()
  await expect(page.locator('#new-package-name-errors')).toHaveText('Give the package a name in at least one language.')
  await expect(page.locator('#new-package-endDate-errors')).toHaveText('The end date cannot be before the start date.')
  await expect(page.getByLabel('End date')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Trip or event name, English')).toBeFocused()
  await page.screenshot({ path: '/tmp/packages-new-errors.png', fullPage: true })
  await expectNoSeriousViolation(page, 'new-package-errors')
  expect(((await api['packages.list']({})) as { ok: true; value: unknown[] }).value).toHaveLength(0)

  await page.getByLabel('Trip or event name, English').fill('Mexico and M5, 2027')
  await page.getByLabel('Trip or event name, French').fill('Mexique et M5, 2027')
  await page.getByLabel('End date').fill('2027-03-16')
  await page.getByRole('button', { name: 'Create the package' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mexico and M5, 2027' })).toBeVisible()
  await expect(page.getByTestId('flash')).toContainText('was created')

  await page.getByRole('button', { name: 'Back to packages' }).click()
  const row = page.getByTestId('package-item')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('Feb 20, 2027 to Mar 16, 2027')
  await expect(row).toContainText('UNCLASSIFIED')
  await expect(row).toContainText('0 briefs')
  await page.screenshot({ path: '/tmp/packages-list.png', fullPage: true })
  await expectNoSeriousViolation(page, 'packages-list')
})

test('briefs are added, found by title, reordered by keyboard and removed; the marking rises', async ({ openApp }) => {
  const page = await openApp()
  await openPackages(page)
  await createPackage(page, { en: 'Spring trip', fr: 'Voyage du printemps', start: '2027-02-15', end: '2027-03-20' })

  const search = page.getByRole('searchbox', { name: 'Search briefs by title' })
  await search.fill('mexique asile')
  await expect(page.getByTestId('picker-brief')).toHaveCount(1)
  await addBrief(page, MEXICO)
  await expect(page.getByTestId('marking-raised')).toContainText('raised from UNCLASSIFIED to PROTECTED A')
  await search.fill('')
  await addBrief(page, M5)
  await expect(page.getByText('Every brief is already in this package.')).toBeVisible()
  expect(await packageOrder(page)).toEqual([MEXICO, M5])

  // Alt+Down on the first brief's Move down button moves it; focus stays with it.
  const mexicoDown = page.getByRole('button', { name: `Move down: ${MEXICO}` })
  await mexicoDown.focus()
  await page.keyboard.press('Alt+ArrowDown')
  await expect.poll(() => packageOrder(page)).toEqual([M5, MEXICO])
  await expect(page.getByTestId('package-announcement')).toHaveText(`“${MEXICO}” moved to position 2 of 2.`)
  await expect(page.getByRole('button', { name: `Move up: ${MEXICO}` })).toBeFocused()
  await page.screenshot({ path: '/tmp/packages-editor.png', fullPage: true })
  await expectNoSeriousViolation(page, 'package-editor')

  await page.getByRole('button', { name: `Move up: ${MEXICO}` }).click()
  await expect.poll(() => packageOrder(page)).toEqual([MEXICO, M5])

  // The order is saved: it survives going back to the list and opening the package again.
  await page.getByRole('button', { name: 'Back to packages' }).click()
  await expect(page.getByTestId('package-item')).toContainText('2 briefs')
  await expect(page.getByTestId('package-item')).toContainText('PROTECTED A')
  await page.getByRole('button', { name: 'Spring trip' }).click()
  await expect.poll(() => packageOrder(page)).toEqual([MEXICO, M5])

  await page.getByRole('button', { name: `Remove: ${M5}` }).click()
  await expect.poll(() => packageOrder(page)).toEqual([MEXICO])
  await expect(page.getByTestId('package-announcement')).toContainText('removed from the package')
})

test('a brief is dragged above or below another; the move is announced and saved', async ({ openApp }) => {
  const page = await openApp()
  await openPackages(page)
  await createPackage(page, { en: 'Autumn trip', fr: 'Voyage d’automne', start: '2027-09-01', end: '2027-09-10' })
  await addBrief(page, MEXICO)
  await addBrief(page, M5)
  const row = (title: string) => page.getByTestId('package-brief').filter({ hasText: title })

  await dragOnto(page, row(M5), row(MEXICO), 'top')
  await expect.poll(() => packageOrder(page)).toEqual([M5, MEXICO])
  await expect(page.getByTestId('package-announcement')).toHaveText(`“${M5}” moved to position 1 of 2.`)
  // Dropped on its neighbour's half that touches it, a brief stays where it is.
  await dragOnto(page, row(M5), row(MEXICO), 'top')
  await expect.poll(() => packageOrder(page)).toEqual([M5, MEXICO])
  await dragOnto(page, row(M5), row(MEXICO), 'bottom')
  await expect.poll(() => packageOrder(page)).toEqual([MEXICO, M5])

  await page.getByRole('button', { name: 'Back to packages' }).click()
  await page.getByRole('button', { name: 'Autumn trip' }).click()
  await expect.poll(() => packageOrder(page)).toEqual([MEXICO, M5])
})

test('renaming and lowering the marking below a brief is saved, with the marking raised back', async ({ openApp }) => {
  const page = await openApp()
  await openPackages(page)
  await createPackage(page, { en: 'Mexico visit', fr: 'Visite au Mexique', start: '2027-02-16', end: '2027-02-18' })
  await addBrief(page, MEXICO)

  await page.getByRole('button', { name: 'Dismiss' }).first().click()
  await page.getByLabel('Trip or event name, English').fill('Mexico City visit')
  await page.getByLabel('Marking').selectOption('UNCLASSIFIED')
  await page.getByRole('button', { name: 'Save the details' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mexico City visit' })).toBeVisible()
  await expect(page.getByTestId('marking-raised')).toContainText('raised from UNCLASSIFIED to PROTECTED A')
  await expect(page.getByLabel('Marking')).toHaveValue('PROTECTED A')

  await page.getByLabel('End date').fill('2027-02-01')
  await page.getByRole('button', { name: 'Save the details' }).click()
  await expect(page.locator('#package-details-endDate-errors')).toHaveText(
    'The end date cannot be before the start date.'
  )
  await expect(page.getByLabel('End date')).toBeFocused()
})

test('deleting a package asks first and can be undone', async ({ openApp }) => {
  const page = await openApp()
  await openPackages(page)
  await createPackage(page, {
    en: 'Ottawa meetings',
    fr: 'Rencontres à Ottawa',
    start: '2027-03-16',
    end: '2027-03-16'
  })

  const deleteButton = page.getByRole('button', { name: 'Delete the package' })
  await deleteButton.click()
  const dialog = page.getByRole('alertdialog', { name: 'Delete the package “Ottawa meetings”?' })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(deleteButton).toBeFocused()

  await deleteButton.click()
  await dialog.getByRole('button', { name: 'Delete' }).click()
  const flash = page.getByTestId('flash')
  await expect(flash).toContainText('The package “Ottawa meetings” was deleted.')
  await expect(flash).toBeFocused()
  await expect(page.getByText('No packages yet.')).toBeVisible()
  await flash.getByRole('button', { name: 'Undo' }).click()
  await expect(flash).toContainText('The package “Ottawa meetings” is back.')
  await expect(page.getByTestId('package-item')).toHaveCount(1)
})

test('the Packages screen reads in French', async ({ openApp, api }) => {
  await api['settings.update']({ uiLanguage: 'fr' })
  const page = await openApp()
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('button', { name: 'Trousses' }).click()
  await page.getByRole('button', { name: 'Nouvelle trousse' }).click()
  await page.getByLabel('Nom du voyage ou de l’événement, Français').fill('Voyage au Mexique')
  await page.getByLabel('Date de début').fill('2027-02-16')
  await page.getByLabel('Date de fin').fill('2027-02-18')
  await page.getByRole('button', { name: 'Créer la trousse' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Voyage au Mexique' })).toBeVisible()
  await page
    .getByRole('button', {
      name: `Ajouter : Rencontre bilatérale avec le Mexique sur le renforcement des capacités en matière d'asile`
    })
    .click()
  await expect(page.getByTestId('marking-raised')).toContainText('de NON CLASSIFIÉ à PROTÉGÉ A')
  await page.screenshot({ path: '/tmp/packages-editor-fr.png', fullPage: true })
})
