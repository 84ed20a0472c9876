import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Irritant, KeyMessage } from '@shared/entities'
import {
  applyImport,
  buildBundle,
  checkSignature,
  fingerprintOf,
  previewImport,
  publicKeyFileText,
  readBundle,
  readPublicKeyFile,
  signBundle
} from '../../../../src/main/core/exchange'
import type { Bundle } from '../../../../src/main/core/exchange'
import type { PublisherIdentity, Store } from '../../../../src/main/store/index'
import { openStore } from '../../../../src/main/store/index'
import { HQ_TEST_KEY, STRANGER_TEST_KEY, bundleZip, testIdentity } from '../../../fixtures/forged-bundles'
import { irritant, keyMessage, makeTempDir, optionsFor } from '../../store/helpers'
import { cleanTempDirs, edited, freshStore, hashFolder, libraryOf } from './helpers'

afterEach(cleanTempDirs)

const NOW = new Date('2026-12-04T14:00:00.000Z')
const encoder = new TextEncoder()

async function trust(store: Store, identity: PublisherIdentity): Promise<void> {
  const { name, publicKey } = identity
  await store.signingKeys.update((keys) => ({
    ...keys,
    trusted: [...keys.trusted, { name, publicKey, trustedAt: NOW.toISOString() }]
  }))
}

function read(bytes: Uint8Array): Bundle {
  const result = readBundle(bytes)
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'))
  return result.bundle
}

/** Headquarters with an identity and a library of three markings, one item lowered over time. */
async function headquarters() {
  const hq = await freshStore()
  await hq.store.signingKeys.update((keys) => ({ ...keys, identity: HQ_TEST_KEY }))
  await hq.store.library.put('keyMessage', { ...keyMessage('km-open'), marking: 'UNCLASSIFIED' })
  const wasProtected: KeyMessage = { ...keyMessage('km-lowered'), marking: 'PROTECTED B' }
  await hq.store.library.put(
    'keyMessage',
    edited(wasProtected, { marking: 'UNCLASSIFIED' }, '2026-11-01T10:00:00.000Z', 'HQ')
  )
  await hq.store.library.put('irritant', { ...irritant('irr-a'), marking: 'PROTECTED A' })
  await hq.store.library.put('irritant', { ...irritant('irr-b'), marking: 'PROTECTED B' })
  return hq
}

describe('signing a bundle', () => {
  it('a trusted signed round trip from headquarters to a mission applies fully, asking nothing', async () => {
    const hq = await headquarters()
    const built = buildBundle(hq.store, {}, 'HQ', NOW)
    const bundle = read(signBundle(built.bytes, HQ_TEST_KEY))
    expect(bundle.signature).toEqual({
      name: HQ_TEST_KEY.name,
      publicKey: HQ_TEST_KEY.publicKey,
      fingerprint: fingerprintOf(HQ_TEST_KEY.publicKey)
    })

    const mission = await freshStore()
    await trust(mission.store, HQ_TEST_KEY)
    const preview = previewImport(mission.store, bundle)
    expect(preview.signer).toEqual({
      status: 'trusted',
      name: HQ_TEST_KEY.name,
      fingerprint: fingerprintOf(HQ_TEST_KEY.publicKey)
    })
    expect(preview.marking).toBe('PROTECTED B')
    const applied = await applyImport(mission.store, preview, {}, NOW, 'Officer')
    expect(applied.added).toBe(4)
    expect(libraryOf(mission.store)).toEqual(libraryOf(hq.store))
  })

  it('fails when any single bit of the file changes, wherever it is', async () => {
    const hq = await headquarters()
    const signed = signBundle(buildBundle(hq.store, { kinds: ['keyMessage'] }, 'HQ', NOW).bytes, HQ_TEST_KEY)
    expect(checkSignature(signed).ok).toBe(true)
    for (let at = 0; at < signed.length; at += 1) {
      const changed = signed.slice()
      changed[at] = changed[at]! ^ 0x01
      expect(readBundle(changed).ok, `byte ${at} of ${signed.length}`).toBe(false)
    }
    const longer = new Uint8Array([...signed, 0x20])
    expect(readBundle(longer)).toMatchObject({ ok: false })
    expect(readBundle(signed.subarray(0, signed.length - 1))).toMatchObject({ ok: false })
  })

  it('tells the signer apart: this office, a trusted publisher, an unknown one, nobody', async () => {
    const hq = await headquarters()
    const zip = buildBundle(hq.store, { kinds: ['keyMessage'] }, 'HQ', NOW).bytes
    const mission = await freshStore()
    await mission.store.signingKeys.update((keys) => ({ ...keys, identity: STRANGER_TEST_KEY }))
    expect(previewImport(mission.store, read(zip)).signer).toEqual({ status: 'unsigned' })
    expect(previewImport(mission.store, read(signBundle(zip, HQ_TEST_KEY))).signer).toMatchObject({
      status: 'untrusted',
      name: HQ_TEST_KEY.name
    })
    expect(previewImport(mission.store, read(signBundle(zip, STRANGER_TEST_KEY))).signer).toMatchObject({
      status: 'own'
    })
    await trust(mission.store, { ...HQ_TEST_KEY, name: 'Headquarters (as we call it)' })
    // A trusted publisher is shown under the name this office trusted it by.
    expect(previewImport(mission.store, read(signBundle(zip, HQ_TEST_KEY))).signer).toMatchObject({
      status: 'trusted',
      name: 'Headquarters (as we call it)'
    })
    // Another key under a trusted publisher's name (case and spacing aside), or under this
    // office's own: said to be a likely forgery. An unknown name is only untrusted.
    const forger = (name: string) => testIdentity(name, 'dossier test key: forger')
    for (const name of ['HEADQUARTERS  (as we call it)', STRANGER_TEST_KEY.name]) {
      expect(previewImport(mission.store, read(signBundle(zip, forger(name)))).signer).toEqual({
        status: 'untrusted',
        name,
        fingerprint: expect.any(String),
        borrowedName: true
      })
    }
    expect(previewImport(mission.store, read(signBundle(zip, forger('Embassy in Lima')))).signer).not.toHaveProperty(
      'borrowedName'
    )
  })

  it('refuses an unsigned or untrusted bundle unless told to, writing nothing', async () => {
    const hq = await headquarters()
    const zip = buildBundle(hq.store, { kinds: ['irritant'] }, 'HQ', NOW).bytes
    const mission = await freshStore()
    const before = await hashFolder(mission.dataDir)
    for (const bytes of [zip, signBundle(zip, STRANGER_TEST_KEY)]) {
      const preview = previewImport(mission.store, read(bytes))
      await expect(applyImport(mission.store, preview, {}, NOW, 'Officer')).rejects.toMatchObject({
        code: 'untrusted-file'
      })
      expect(await hashFolder(mission.dataDir)).toEqual(before)
    }
    const preview = previewImport(mission.store, read(zip))
    expect((await applyImport(mission.store, preview, {}, NOW, 'Officer', { unsigned: true })).added).toBe(2)
  })
})

describe('markings going out', () => {
  it('leaves out items above the ceiling and earlier versions above it, and says how many', async () => {
    const hq = await headquarters()
    const built = buildBundle(hq.store, { ceiling: 'PROTECTED A' }, 'HQ', NOW)
    expect(built.leftOut).toBe(1)
    expect(built.versionsLeftOut).toBe(1)
    expect(built.manifest.marking).toBe('PROTECTED A')
    const bundle = read(built.bytes)
    expect(bundle.content.irritants.map((item) => item.id)).toEqual(['irr-a'])
    const lowered = bundle.content.keyMessages.find((item) => item.id === 'km-lowered')!
    expect(lowered.history).toEqual([])

    const open = buildBundle(hq.store, { ceiling: 'UNCLASSIFIED' }, 'HQ', NOW)
    expect(open.manifest.marking).toBe('UNCLASSIFIED')
    expect(open.leftOut).toBe(2)
    // The PROTECTED B text in km-lowered's history counts: the whole bundle is PROTECTED B.
    expect(buildBundle(hq.store, {}, 'HQ', NOW).manifest.marking).toBe('PROTECTED B')
  })

  it('leaves history out when asked, and says so in the manifest', async () => {
    const hq = await headquarters()
    const bundle = read(buildBundle(hq.store, { history: false }, 'HQ', NOW).bytes)
    expect(bundle.manifest.history).toBe(false)
    expect(bundle.content.keyMessages.every((item) => item.history.length === 0)).toBe(true)
    expect(bundle.manifest.marking).toBe('PROTECTED B')
  })

  it('refuses a manifest that understates the marking of what it holds', async () => {
    const content = {
      partners: [],
      keyMessages: [],
      irritants: [{ ...irritant('irr-x'), marking: 'PROTECTED A' }],
      backgroundNotes: []
    }
    const result = readBundle(bundleZip(content, 'UNCLASSIFIED'))
    expect(result).toMatchObject({
      ok: false,
      problems: [{ where: 'manifest.json: marking', message: expect.stringContaining('holds PROTECTED A content') }]
    })
  })
})

describe('markings and approvals coming in', () => {
  async function missionWith(mine: Irritant, theirs: Irritant) {
    const mission = await freshStore()
    await trust(mission.store, HQ_TEST_KEY)
    await mission.store.library.put('irritant', mine)
    const hq = await freshStore()
    await hq.store.library.put('irritant', theirs)
    const bytes = signBundle(buildBundle(hq.store, {}, 'HQ', NOW).bytes, HQ_TEST_KEY)
    return { mission, preview: previewImport(mission.store, read(bytes)) }
  }

  it('refuses to lower a marking or replace an approved text with a draft unless each is confirmed', async () => {
    const mine: Irritant = {
      ...irritant('irr-1'),
      marking: 'PROTECTED A',
      status: 'approved',
      title: { en: 'Refusals', fr: 'Refus' },
      context: { en: 'Raised often.', fr: 'Soulevé souvent.' }
    }
    const theirs = edited(mine, { marking: 'UNCLASSIFIED', status: 'draft' }, '2026-12-01T10:00:00.000Z', 'HQ')
    const { mission, preview } = await missionWith(mine, theirs)
    const [entry] = preview.entries
    expect(entry).toMatchObject({
      status: 'updated',
      downgrade: { marking: { from: 'PROTECTED A', to: 'UNCLASSIFIED' }, approval: true }
    })
    const before = await hashFolder(mission.dataDir)
    await expect(applyImport(mission.store, preview, {}, NOW, 'Officer')).rejects.toMatchObject({
      code: 'downgrade-unconfirmed',
      issues: [{ path: 'irritant:irr-1', message: expect.stringContaining('from PROTECTED A to UNCLASSIFIED') }]
    })
    // Accepting an unsigned file is no consent to a downgrade.
    await expect(applyImport(mission.store, preview, {}, NOW, 'Officer', { unsigned: true })).rejects.toMatchObject({
      code: 'downgrade-unconfirmed'
    })
    expect(await hashFolder(mission.dataDir)).toEqual(before)
    await applyImport(mission.store, preview, {}, NOW, 'Officer', { downgrades: ['irritant:irr-1'] })
    expect(mission.store.library.get('irritant', 'irr-1')).toMatchObject({ marking: 'UNCLASSIFIED', status: 'draft' })
  })

  it('asks nothing for a conflict settled as mine, or kept as both', async () => {
    const base: Irritant = { ...irritant('irr-1'), marking: 'PROTECTED A' }
    const mine = edited(base, { title: { en: 'Mine', fr: 'Le mien' } }, '2026-12-01T10:00:00.000Z', 'Officer')
    const theirs = edited(base, { marking: 'UNCLASSIFIED' }, '2026-12-01T11:00:00.000Z', 'HQ')
    const { mission, preview } = await missionWith(mine, theirs)
    expect(preview.entries[0]).toMatchObject({ status: 'conflict', downgrade: { marking: { to: 'UNCLASSIFIED' } } })
    await expect(
      applyImport(mission.store, preview, { 'irritant:irr-1': 'theirs' }, NOW, 'Officer')
    ).rejects.toMatchObject({ code: 'downgrade-unconfirmed' })
    const kept = await applyImport(mission.store, preview, { 'irritant:irr-1': 'both' }, NOW, 'Officer')
    expect(kept.added).toBe(1)
    expect(mission.store.library.get('irritant', 'irr-1')!.marking).toBe('PROTECTED A')
  })
})

describe('publisher identity', () => {
  it('exports a public key file whose fingerprint a person can read, and refuses one whose fingerprint was changed', () => {
    const text = publicKeyFileText(HQ_TEST_KEY)
    expect(text).not.toContain(HQ_TEST_KEY.privateKey)
    const offer = readPublicKeyFile(encoder.encode(text))
    expect(offer).toEqual({
      ok: true,
      value: {
        name: HQ_TEST_KEY.name,
        publicKey: HQ_TEST_KEY.publicKey,
        fingerprint: fingerprintOf(HQ_TEST_KEY.publicKey)
      }
    })
    expect(fingerprintOf(HQ_TEST_KEY.publicKey)).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/)
    const swapped = text.replace(HQ_TEST_KEY.publicKey, STRANGER_TEST_KEY.publicKey)
    expect(readPublicKeyFile(encoder.encode(swapped))).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringContaining('does not match its key') }]
    })
    expect(readPublicKeyFile(encoder.encode('{"hello":1}'))).toMatchObject({ ok: false })
  })

  // Opening an encrypted folder derives its key with scrypt twice here: slow by design.
  it(
    'keeps the private key in the data folder, sealed with it when the folder is encrypted',
    { timeout: 60_000 },
    async () => {
      const dataDir = await makeTempDir()
      const options = optionsFor(dataDir, { passphrase: 'several unrelated words here' })
      const store = await openStore(options)
      await store.signingKeys.update((keys) => ({ ...keys, identity: HQ_TEST_KEY }))
      await store.flush()
      for (const name of ['signing-keys.json', 'signing-keys.json.copy']) {
        const raw = await readFile(join(dataDir, name), 'latin1')
        expect(raw).not.toContain(HQ_TEST_KEY.privateKey)
        expect(raw).not.toContain(HQ_TEST_KEY.name)
      }
      const { releaseDataLock } = await import('../../../../src/main/store/index')
      await releaseDataLock(dataDir)
      const reopened = await openStore(options)
      expect(reopened.signingKeys.get().identity).toEqual(HQ_TEST_KEY)
    }
  )
})
