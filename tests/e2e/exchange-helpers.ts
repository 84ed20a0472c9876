import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expectNoSeriousViolation } from './accessibility'
import type { Page } from '@playwright/test'
import type { KeyMessage, LibraryItem } from '@shared/entities'
import type { Result } from '@shared/result'
import type { ApiTable } from '../../src/main/api'
import { exportsDirFor, expect, openTestApi, removeTestFolders } from './fixtures'

// Steps the exchange specs share: open the screen, change library texts through the api, scan.

/** Opens the Exchange screen from the main menu. */
export async function openExchange(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Exchange' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Exchange' })).toBeVisible()
}

/** The folder the test host's dialogs use, created. */
export async function exportsDir(dataDir: string): Promise<string> {
  const dir = exportsDirFor(dataDir)
  await mkdir(dir, { recursive: true })
  return dir
}

/**
 * Puts a file an api call just wrote (where the test host's save dialog put it) where the test
 * host's open dialog finds it: <exports of dataDir>/<name>, a name starting with "open-".
 */
export async function placeForOpening(
  written: Result<{ path: string } | null>,
  dataDir: string,
  name: string
): Promise<string> {
  if (!written.ok) throw new Error(written.error.message)
  if (written.value === null) throw new Error('The test host cancelled the save.')
  const target = join(await exportsDir(dataDir), name)
  await rename(written.value.path, target)
  return target
}

/** Reads one key message through the api. */
export async function keyMessage(api: ApiTable, id: string): Promise<KeyMessage> {
  const got = await api['library.get']({ kind: 'keyMessage', id })
  if (!got.ok) throw new Error(got.error.message)
  return got.value as KeyMessage
}

/** Saves a new English text for a key message, as an edit in the library would. */
export async function setKeyMessageText(api: ApiTable, id: string, en: string): Promise<KeyMessage> {
  const { history: _history, version, updatedAt: _at, updatedBy: _by, ...draft } = await keyMessage(api, id)
  const saved = await api['library.save']({
    kind: 'keyMessage',
    item: { ...draft, text: { ...draft.text, en } },
    expectedVersion: version
  })
  if (!saved.ok) throw new Error(saved.error.message)
  return saved.value as KeyMessage
}

/** Every library item with its version, to show that a refused file changed nothing. */
export async function librarySnapshot(api: ApiTable): Promise<string[]> {
  const all: string[] = []
  for (const kind of ['partner', 'keyMessage', 'irritant', 'backgroundNote'] as const) {
    const list = await api['library.list']({ kind })
    if (!list.ok) throw new Error(list.error.message)
    all.push(
      ...(list.value as LibraryItem[]).map((item) => `${kind}:${item.id}@${item.version}:${JSON.stringify(item)}`)
    )
  }
  return all.sort()
}

/** Keeps a screenshot for a person to look at, then fails on any serious or critical axe violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/exchange-${name}.png`, fullPage: true })
  await expectNoSeriousViolation(page, name)
}

/**
 * Runs `work` with a headquarters office of its own (a second data folder, removed afterwards)
 * whose publisher identity the mission trusts, as after the phone check (see trustHeadquarters).
 */
export async function withTrustedHeadquarters(
  mission: ApiTable,
  missionDir: string,
  work: (hq: ApiTable, fingerprint: string) => Promise<void>
): Promise<void> {
  const hqDir = await mkdtemp(join(tmpdir(), 'dossier-e2e-hq-'))
  try {
    const hq = await openTestApi(hqDir)
    await work(hq, await trustHeadquarters(hq, mission, missionDir))
  } finally {
    await removeTestFolders(hqDir)
  }
}

/**
 * Headquarters (its own api) gets a publisher identity and the mission (the test's api) trusts
 * its public key, opened from the file headquarters exported: bundles from it then go in
 * without asking, as between offices that did the phone check. Returns the fingerprint.
 */
export async function trustHeadquarters(hq: ApiTable, mission: ApiTable, missionDir: string): Promise<string> {
  const created = await hq['keys.create']({ name: 'IRCC International Affairs, Ottawa' })
  if (!created.ok) throw new Error(created.error.message)
  const keyFile = await placeForOpening(await hq['keys.exportPublic']({}), missionDir, 'open-hq.dossier-key')
  const offer = await mission['keys.openPublic']({})
  if (!offer.ok || offer.value === null) throw new Error('The mission could not open the key file.')
  const trusted = await mission['keys.trust']({ offerId: offer.value.offerId })
  if (!trusted.ok) throw new Error(trusted.error.message)
  await rm(keyFile)
  return created.value.identity!.fingerprint
}
