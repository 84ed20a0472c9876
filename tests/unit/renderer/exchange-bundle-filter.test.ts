import { describe, expect, it } from 'vitest'
import type { Irritant, KeyMessage, LibraryItem, LibraryKind } from '@shared/entities'
import { bundleFilterSchema } from '@shared/exchange-inputs'
import { searchLibraryInput } from '@shared/library-inputs'
import {
  choosesNothing,
  countBundle,
  countSearch,
  DEFAULT_CHOICES,
  toBundleFilter,
  totalOf
} from '@renderer/features/exchange/send/bundle-filter'
import { baseName } from '@renderer/features/exchange/paths'
import { partner } from './fixtures'

const meta = { status: 'approved' as const, history: [] }
const keyMessage = (id: string, partnerIds: string[], topics: KeyMessage['topics'], status = 'approved' as const) =>
  ({
    ...partner({ id }),
    ...meta,
    status,
    partnerIds,
    topics,
    title: { en: id, fr: id },
    text: { en: '', fr: '' }
  }) as unknown as KeyMessage
const irritant = (id: string, linePartner: string) =>
  ({
    ...partner({ id }),
    ...meta,
    partnerIds: [],
    topics: ['visas'],
    responsiveLines: [{ partnerId: linePartner, text: { en: 'If raised', fr: 'Si on soulève' } }]
  }) as unknown as Irritant

const hits: { kind: LibraryKind; item: LibraryItem }[] = [
  { kind: 'partner', item: partner({ id: 'mexico', topics: ['asylum'] }) },
  { kind: 'partner', item: partner({ id: 'india', topics: ['international-students'] }) },
  { kind: 'keyMessage', item: keyMessage('km-mexico-asylum', ['mexico'], ['asylum']) },
  { kind: 'keyMessage', item: keyMessage('km-india-students', ['india'], ['international-students']) },
  { kind: 'keyMessage', item: keyMessage('km-general', [], ['migration-narrative']) },
  { kind: 'irritant', item: irritant('ir-visas', 'mexico') }
]

describe('the Send form’s filter', () => {
  it('sends the whole library, retired items included, when nothing is narrowed', () => {
    expect(toBundleFilter(DEFAULT_CHOICES)).toEqual({})
    expect(toBundleFilter({ ...DEFAULT_CHOICES, scope: 'part' })).toEqual({})
    // The count lists retired items too, since the file carries them.
    expect(countSearch({}).statuses).toEqual(['draft', 'approved', 'retired'])
  })

  it('names only the groups the user narrowed, in the contract’s shape', () => {
    const filter = toBundleFilter({
      scope: 'part',
      kinds: ['irritant', 'keyMessage'],
      statuses: ['approved'],
      partnerIds: ['mexico'],
      topics: ['asylum', 'visas']
    })
    expect(filter).toEqual({
      kinds: ['keyMessage', 'irritant'],
      statuses: ['approved'],
      partnerIds: ['mexico'],
      topics: ['asylum', 'visas']
    })
    expect(bundleFilterSchema.safeParse(filter).success).toBe(true)
    expect(searchLibraryInput.safeParse(countSearch(filter)).success).toBe(true)
  })

  it('matches nothing when no kind or no status is ticked', () => {
    expect(choosesNothing({ ...DEFAULT_CHOICES, scope: 'part', kinds: [] })).toBe(true)
    expect(choosesNothing({ ...DEFAULT_CHOICES, scope: 'part', statuses: [] })).toBe(true)
    expect(choosesNothing({ ...DEFAULT_CHOICES, scope: 'all', kinds: [] })).toBe(false)
  })

  it('counts as the export does: a partner’s own profile and responsive lines link an item to it', () => {
    const counts = countBundle(hits, { partnerIds: ['mexico'] })
    expect(counts).toEqual({ partner: 1, keyMessage: 1, irritant: 1, backgroundNote: 0 })
    expect(totalOf(counts)).toBe(3)
    expect(countBundle(hits, { topics: ['asylum', 'international-students'] })).toEqual({
      partner: 2,
      keyMessage: 2,
      irritant: 0,
      backgroundNote: 0
    })
    expect(totalOf(countBundle(hits, { partnerIds: ['india'], topics: ['asylum'] }))).toBe(0)
    expect(totalOf(countBundle(hits, {}))).toBe(hits.length)
  })

  it('reads file names from either kind of path', () => {
    expect(baseName('/home/me/open-update.dossier')).toBe('open-update.dossier')
    expect(baseName('C:\\Users\\me\\notes.docx')).toBe('notes.docx')
  })
})
