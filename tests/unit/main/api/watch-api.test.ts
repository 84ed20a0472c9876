import { mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiTable } from '../../../../src/main/api'
import { fingerprintOf } from '../../../../src/main/core/exchange'
import { MAX_FILES_PER_FOLDER } from '../../../../src/main/core/watch-service'
import type { Store } from '../../../../src/main/store'
import { HQ_TEST_KEY, forgedBundles, signedHeadquartersBundle } from '../../../fixtures/forged-bundles'
import { hashFolder } from '../../core/exchange/helpers'
import { openTestApiAndStore, tempDataDir, testFileHost, value } from './test-api'
import type { TestFileHost } from './test-api'

let mission: { dir: string; remove: () => Promise<void> }
let share: string
let api: ApiTable
let store: Store
let files: TestFileHost

const forged = (name: string): Uint8Array => forgedBundles.find((bundle) => bundle.name === name)!.make()

async function open(): Promise<void> {
  ;({ api, store } = await openTestApiAndStore(mission.dir, files))
}

beforeEach(async () => {
  mission = await tempDataDir()
  share = `${mission.dir}-share`
  await mkdir(share)
  files = testFileHost()
  await open()
  // The mission trusts headquarters' key, as Settings does once the fingerprint was compared.
  await store.signingKeys.update((keys) => ({
    ...keys,
    trusted: [{ name: 'HQ Ottawa', publicKey: HQ_TEST_KEY.publicKey, trustedAt: '2026-12-01T10:00:00.000Z' }]
  }))
})
afterEach(async () => {
  await store.flush()
  await mission.remove()
  await rm(share, { recursive: true, force: true })
})

async function watchShare(): Promise<void> {
  files.folder = share
  expect(value(await api['watch.add']({}))).toHaveLength(1)
}

describe('watched folders', () => {
  it('watches the folder the user picks, once, and forgets it on removal; a cancel changes nothing', async () => {
    files.folder = null
    expect(value(await api['watch.add']({}))).toBeNull()
    expect(value(await api['watch.list']({}))).toEqual([])

    files.folder = share
    const [folder] = value(await api['watch.add']({}))!
    expect(folder).toMatchObject({ path: share, reachable: true, addedAt: '2026-11-26T15:00:00.000Z' })
    expect(value(await api['watch.add']({}))).toHaveLength(1)

    await rm(share, { recursive: true })
    expect(value(await api['watch.list']({}))[0]!.reachable).toBe(false)
    expect(value(await api['watch.remove']({ watchId: folder!.watchId }))).toEqual([])
  })

  it('refuses a folder that is not one, and the data folder or a folder inside it', async () => {
    for (const folder of [join(share, 'missing'), mission.dir, join(mission.dir, 'library')]) {
      files.folder = folder
      const result = await api['watch.add']({})
      expect(result.ok, folder).toBe(false)
    }
    expect(value(await api['watch.list']({}))).toEqual([])
    // A folder that holds the data folder is fine: a USB key with a portable install and bundles at its root.
    files.folder = join(mission.dir, '..')
    expect(value(await api['watch.add']({}))).toHaveLength(1)
  })

  it('offers a bundle a trusted publisher signed, with signer, marking and date, and imports nothing on its own', async () => {
    await watchShare()
    const before = await hashFolder(mission.dir)
    await writeFile(join(share, 'library-update.dossier'), signedHeadquartersBundle())
    await writeFile(join(share, 'notes.txt'), 'not a bundle')

    const scan = value(await api['watch.scan']({}))
    expect(scan.offers).toEqual([
      {
        offerId: expect.stringMatching(/^offer-[0-9a-f]{24}$/),
        fileName: 'library-update.dossier',
        folder: share,
        signer: { name: 'HQ Ottawa', fingerprint: fingerprintOf(HQ_TEST_KEY.publicKey) },
        marking: 'PROTECTED A',
        createdAt: '2026-01-20T09:00:00.000Z',
        counts: { partner: 0, keyMessage: 1, irritant: 1, backgroundNote: 0 }
      }
    ])
    expect(scan.passedOver).toEqual([])
    expect(await hashFolder(mission.dir)).toEqual(before)
  })

  it('passes over unsigned, untrusted and damaged bundles, saying why, and never offers them', async () => {
    await watchShare()
    await writeFile(join(share, 'unsigned.dossier'), forged('valid-checksum-no-signature.dossier'))
    await writeFile(join(share, 'stranger.dossier'), forged('signed-by-untrusted-key.dossier'))
    await writeFile(join(share, 'changed.dossier'), forged('byte-changed-after-signing.dossier'))
    await writeFile(join(share, 'cut.dossier'), signedHeadquartersBundle().subarray(0, 300))

    const scan = value(await api['watch.scan']({}))
    expect(scan.offers).toEqual([])
    const reasons = Object.fromEntries(scan.passedOver.map((file) => [file.fileName, [file.reason, file.detail]]))
    expect(reasons).toEqual({
      'unsigned.dossier': ['unsigned', null],
      'stranger.dossier': ['untrusted', 'IRCC International Affairs, Ottawa'],
      'changed.dossier': ['unreadable', null],
      'cut.dossier': ['unreadable', null]
    })
  })

  it('opens an offer for review like the file itself; once imported it is not offered again', async () => {
    await watchShare()
    await writeFile(join(share, 'update.dossier'), signedHeadquartersBundle())
    const [offer] = value(await api['watch.scan']({})).offers
    const preview = value(await api['watch.preview']({ offerId: offer!.offerId }))
    expect(preview).toMatchObject({ fileName: 'update.dossier', signer: { status: 'trusted', name: 'HQ Ottawa' } })
    expect(value(await api['exchange.applyImport']({ previewId: preview.previewId, choices: {} })).added).toBe(2)

    expect(value(await api['watch.scan']({})).offers).toEqual([])
    // The same bundle under another name is the same bundle.
    await writeFile(join(share, 'copy of update.dossier'), signedHeadquartersBundle())
    expect(value(await api['watch.scan']({})).offers).toEqual([])
  })

  it('a bundle imported by opening the file is not offered either', async () => {
    await watchShare()
    const path = join(share, 'update.dossier')
    await writeFile(path, signedHeadquartersBundle())
    files.openFrom = [path]
    const preview = value(await api['exchange.previewBundle']({}))!
    value(await api['exchange.applyImport']({ previewId: preview.previewId, choices: {} }))
    expect(value(await api['watch.scan']({})).offers).toEqual([])
  })

  it('a bundle set aside stays aside after a restart; an unknown offer is refused in words', async () => {
    await watchShare()
    await writeFile(join(share, 'update.dossier'), signedHeadquartersBundle())
    const [offer] = value(await api['watch.scan']({})).offers
    expect(value(await api['watch.dismiss']({ offerId: offer!.offerId }))).toBeNull()
    expect(value(await api['watch.scan']({})).offers).toEqual([])

    await store.flush()
    await open()
    expect(value(await api['watch.list']({}))).toHaveLength(1)
    expect(value(await api['watch.scan']({})).offers).toEqual([])
    const unknown = await api['watch.preview']({ offerId: offer!.offerId })
    expect(unknown.ok || unknown.error.code).toBe('not-found')
  })

  it('a look asked for while another runs sees what changed since that one began', async () => {
    await watchShare()
    await writeFile(join(share, 'update.dossier'), signedHeadquartersBundle())
    const [offer] = value(await api['watch.scan']({})).offers
    const running = api['watch.scan']({})
    value(await api['watch.dismiss']({ offerId: offer!.offerId }))
    const after = api['watch.scan']({})
    expect(value(await running).offers).toHaveLength(1)
    expect(value(await after).offers).toEqual([])
  })

  it('reads a file again when it changes, and says which folders it could not read', async () => {
    await watchShare()
    const path = join(share, 'update.dossier')
    await writeFile(path, forged('valid-checksum-no-signature.dossier'))
    expect(value(await api['watch.scan']({})).passedOver).toHaveLength(1)
    await writeFile(path, signedHeadquartersBundle())
    await utimes(path, new Date('2026-12-04T16:00:00Z'), new Date('2026-12-04T16:00:00Z'))
    expect(value(await api['watch.scan']({})).offers).toHaveLength(1)

    await rm(share, { recursive: true })
    expect(value(await api['watch.scan']({}))).toEqual({
      folders: 1,
      offers: [],
      passedOver: [],
      unreachable: [share],
      crowded: []
    })
  })

  it('reads only the newest bundle files of a crowded folder, and says so', async () => {
    await watchShare()
    for (let n = 0; n <= MAX_FILES_PER_FOLDER; n++) {
      const path = join(share, `old-${String(n).padStart(3, '0')}.dossier`)
      await writeFile(path, 'not a zip')
      const at = new Date(Date.UTC(2026, 0, 1, 0, n))
      await utimes(path, at, at)
    }
    const newest = join(share, 'newest.dossier')
    await writeFile(newest, await readFile(join(share, 'old-000.dossier')))
    await writeFile(newest, signedHeadquartersBundle())
    const scan = value(await api['watch.scan']({}))
    expect(scan.crowded).toEqual([share])
    expect(scan.offers.map((offer) => offer.fileName)).toEqual(['newest.dossier'])
    expect(scan.passedOver).toHaveLength(MAX_FILES_PER_FOLDER - 1)
    expect(scan.passedOver.map((file) => file.fileName)).not.toContain('old-000.dossier')
  })
})
