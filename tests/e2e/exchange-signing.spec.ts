import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { KeyMessage } from '@shared/entities'
import type { ApiTable } from '../../src/main/api'
import { exportsDirFor, expect, openTestApi, removeTestFolders, test } from './fixtures'
import { emptySource } from '@shared/source'
import { expectAccessible, keyMessage, openExchange, placeForOpening } from './exchange-helpers'

// Signed exchange files through the window: a mission trusts headquarters' key in Settings after
// comparing fingerprints, then a signed bundle that lowers a marking is shown with its signer and
// applied only once the downgrade is confirmed; an unsigned file asks to accept the risk, in French.

const MESSAGE = 'km-balanced-narrative'

async function setMarking(api: ApiTable, marking: 'UNCLASSIFIED' | 'PROTECTED A'): Promise<KeyMessage> {
  const { history: _history, version, updatedAt: _at, updatedBy: _by, ...draft } = await keyMessage(api, MESSAGE)
  const saved = await api['library.save']({ kind: 'keyMessage', item: { ...draft, marking }, expectedVersion: version })
  if (!saved.ok) throw new Error(saved.error.message)
  return saved.value as KeyMessage
}

test('a mission trusts headquarters in Settings, then confirms a lowered marking before a signed bundle applies', async ({
  openApp,
  api,
  dataDir
}) => {
  const hqDir = await mkdtemp(join(tmpdir(), 'dossier-e2e-hq-'))
  try {
    const hq = await openTestApi(hqDir)
    const created = await hq['keys.create']({ name: 'IRCC International Affairs, Ottawa' })
    if (!created.ok) throw new Error(created.error.message)
    const fingerprint = created.value.identity!.fingerprint
    await placeForOpening(await hq['keys.exportPublic']({}), dataDir, 'open-hq.dossier-key')

    // Settings: the key file is opened, its fingerprint compared, then trusted.
    const page = await openApp()
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Settings' }).click()
    const signing = page.getByTestId('signing-setting')
    await expect(signing.getByRole('heading', { name: 'Signed exchange files' })).toBeVisible()
    await expect(signing).toContainText('You trust no publisher yet.')
    await signing.getByRole('button', { name: 'Import a public key file…' }).click()
    const offer = signing.getByTestId('key-offer')
    await expect(offer).toContainText('IRCC International Affairs, Ottawa')
    await expect(offer).toContainText(fingerprint)
    await offer.getByRole('button', { name: 'The fingerprints match: trust this publisher' }).click()
    await expect(signing.getByRole('status').filter({ hasText: 'is now a trusted publisher' })).toBeVisible()
    await expect(signing.getByRole('row', { name: /IRCC International Affairs, Ottawa/ })).toContainText(fingerprint)
    await expectAccessible(page, 'signing-settings')

    // Both offices hold the message at PROTECTED A (a first signed bundle, applied through the api)...
    await setMarking(hq, 'PROTECTED A')
    await placeForOpening(
      await hq['exchange.exportBundle']({ filter: { kinds: ['keyMessage'] } }),
      dataDir,
      'open-first.dossier'
    )
    const first = await api['exchange.previewBundle']({})
    if (!first.ok || first.value === null) throw new Error('The first bundle did not open.')
    expect(first.value.signer).toMatchObject({ status: 'trusted', fingerprint })
    const applied = await api['exchange.applyImport']({ previewId: first.value.previewId, choices: {} })
    expect(applied.ok).toBe(true)
    await rm(join(exportsDirFor(dataDir), 'open-first.dossier'))
    expect((await keyMessage(api, MESSAGE)).marking).toBe('PROTECTED A')

    // ...then headquarters lowers it, and sends the library again.
    await setMarking(hq, 'UNCLASSIFIED')
    await placeForOpening(
      await hq['exchange.exportBundle']({ filter: { kinds: ['keyMessage'] } }),
      dataDir,
      'open-second.dossier'
    )

    await openExchange(page)
    await page.getByRole('button', { name: 'Open an exchange file…' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Review the import' })).toBeFocused()
    await expect(page.getByTestId('import-signer')).toContainText(
      `IRCC International Affairs, Ottawa (a publisher you trust, fingerprint ${fingerprint})`
    )
    // The message's earlier PROTECTED A version travels in its history: so that is the file's marking.
    await expect(page.getByTestId('import-marking')).toHaveText('PROTECTED A')
    await expect(page.getByTestId('trust-risk')).toHaveCount(0)
    const downgrades = page.getByTestId('downgrades')
    await expect(downgrades.getByRole('heading')).toHaveText('1 item would lose its marking or approval')
    const apply = page.getByRole('button', { name: /^Apply:/ })
    await expect(apply).toBeDisabled()
    await expect(page.getByTestId('apply-bar')).toContainText(
      'Confirm the item that would lose its marking or approval'
    )
    await expectAccessible(page, 'signing-downgrade')

    // By keyboard: the confirmation box, then on to Apply.
    const box = downgrades.getByRole('checkbox', { name: /marking from PROTECTED A to UNCLASSIFIED/ })
    await box.focus()
    await page.keyboard.press('Space')
    await expect(box).toBeChecked()
    await expect(apply).toBeEnabled()
    await apply.click()
    await expect(page.getByTestId('outcome-imported')).toContainText('1 item updated')
    expect((await keyMessage(api, MESSAGE)).marking).toBe('UNCLASSIFIED')
  } finally {
    await removeTestFolders(hqDir)
  }
})

test('an unsigned file asks to accept the risk first, in French, and the export says it went unsigned', async ({
  openApp,
  api,
  dataDir
}) => {
  const page = await openApp()
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: 'Français' }).check()
  await expect(page.getByTestId('signing-setting')).toContainText('Ce bureau n’a pas encore d’identité d’éditeur')

  // Sending: no identity, so the file goes unsigned, said before and after; the ceiling leaves protected items here.
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('button', { name: 'Échanges' }).click()
  await expect(page.getByTestId('send-unsigned')).toContainText('le fichier partira sans signature')
  await page.getByRole('radio', { name: 'NON CLASSIFIÉ seulement' }).check()
  await page.getByRole('checkbox', { name: 'Envoyer les versions antérieures de chaque élément' }).uncheck()
  await page.getByRole('button', { name: /Enregistrer le fichier d.échange/ }).click()
  const exported = page.getByTestId('exported-marking')
  await expect(exported).toContainText('NON CLASSIFIÉ')
  await expect(exported).toContainText('Non signé')
  await expectAccessible(page, 'signing-send-fr')

  // Receiving an unsigned file that brings one item back (saved, sent, then deleted here).
  const made = await api['library.save']({
    kind: 'keyMessage',
    item: {
      title: { en: 'Returns need partners', fr: 'Les retours exigent des partenaires' },
      text: {
        en: 'Canada works with partners on returns.',
        fr: 'Le Canada travaille avec ses partenaires sur les retours.'
      },
      status: 'approved',
      marking: 'UNCLASSIFIED',
      owner: 'Mission',
      topics: ['irregular-migration-returns'],
      lastReviewed: '2026-11-01',
      reviewBy: '2027-11-01',
      partnerIds: [],
      source: emptySource()
    }
  })
  if (!made.ok) throw new Error(made.error.message)
  await placeForOpening(
    await api['exchange.exportBundle']({ filter: { kinds: ['keyMessage'] } }),
    dataDir,
    'open-unsigned.dossier'
  )
  const deleted = await api['library.delete']({ kind: 'keyMessage', id: made.value.id })
  if (!deleted.ok) throw new Error(deleted.error.message)
  await page.getByRole('button', { name: /Ouvrir un fichier d.échange/ }).click()
  await expect(page.getByTestId('import-signer')).toHaveText('Non signé')
  const risk = page.getByTestId('trust-risk')
  await expect(risk.getByRole('heading')).toHaveText('Ce fichier ne vient pas d’un éditeur de confiance')
  await expect(risk).toContainText('Il n’est pas signé')
  await expect(page.getByTestId('apply-bar')).toContainText('Acceptez le risque ci-dessus')
  await expectAccessible(page, 'signing-risk-fr')
  await risk.getByRole('checkbox').check()
  await expect(page.getByTestId('apply-bar').getByRole('status')).not.toContainText('Acceptez le risque')
})
