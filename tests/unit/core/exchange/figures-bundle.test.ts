import { createHash } from 'node:crypto'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import type { Partner } from '@shared/entities'
import { applyImport, exportBundle, previewImport, readBundle } from '../../../../src/main/core/exchange'
import type { Bundle } from '../../../../src/main/core/exchange'
import { partner } from '../../store/helpers'
import { TEST_FIGURES } from '../export/figure-fixtures'
import { cleanTempDirs, edited, freshStore } from './helpers'

// Figures travel in bundles with the partner: an office that receives them holds the same
// series, values, sources and dates, and sees the partner as updated when only its figures moved.

afterEach(cleanTempDirs)

const NOW = new Date('2026-11-26T14:00:00.000Z')
const UNSIGNED = { unsigned: true }

function read(bytes: Uint8Array): Bundle {
  const result = readBundle(bytes)
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'))
  return result.bundle
}

describe('figures in a bundle', () => {
  it('arrive whole in a fresh folder, and an update that adds figures reads as an update', async () => {
    const hq = await freshStore()
    const officer = await freshStore()
    const plain = partner('partner-atlantis', 'Atlantis')
    await hq.store.library.put('partner', plain)
    await officer.store.library.put('partner', plain)
    const withFigures = edited(plain, { figures: TEST_FIGURES }, '2026-11-01T10:00:00.000Z', 'HQ')
    await hq.store.library.put('partner', withFigures)

    const bundle = read(exportBundle(hq.store, {}, 'HQ', NOW))
    expect((bundle.content.partners[0] as Partner).figures).toEqual(TEST_FIGURES)
    const preview = previewImport(officer.store, bundle)
    expect(preview.entries.map((entry) => entry.status)).toEqual(['updated'])
    await applyImport(officer.store, preview, {}, NOW, 'Officer', UNSIGNED)

    const received = (await officer.reopen()).library.get('partner', 'partner-atlantis')
    expect(received).toEqual(hq.store.library.get('partner', 'partner-atlantis'))
    expect(received?.figures).toEqual(TEST_FIGURES)
    // The version before the figures is kept in the history, without them.
    expect(received?.history.map((version) => version.figures)).toEqual([undefined])
  })

  it('refuses a bundle whose figure is nonsense, naming the partner and the field', async () => {
    // The store refuses to hold such a figure, so the bundle is altered after it was written.
    const hq = await freshStore()
    await hq.store.library.put('partner', { ...partner('partner-atlantis'), figures: TEST_FIGURES })
    const entries = unzipSync(exportBundle(hq.store, {}, 'HQ', NOW))
    const content = JSON.parse(strFromU8(entries['content.json']!))
    content.partners[0].figures[0].points[0].value = -1
    const altered = strToU8(JSON.stringify(content))
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!))
    manifest.sha256 = createHash('sha256').update(altered).digest('hex')
    const result = readBundle(zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), 'content.json': altered }))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([
      { where: 'partners[0] (partner-atlantis): figures[0].points[0].value', message: 'A figure cannot be below zero.' }
    ])
  })
})
