import type { Brief, BriefItem, Irritant, KeyMessage, LibraryItem, LibraryKind } from '@shared/entities'
import type { LibraryLookup } from '@shared/brief-rules'
import type { BilingualText } from '@shared/languages'
import { brief as baseBrief } from './fixtures'
import { emptySource } from '@shared/source'

// A small brief and library for the composer's pure parts: outline, preview, checks, autosave.

const meta = {
  status: 'approved' as const,
  marking: 'UNCLASSIFIED' as const,
  owner: 'Americas desk',
  topics: [],
  lastReviewed: '2026-01-15',
  source: emptySource(),
  reviewBy: '2027-07-15',
  version: 1,
  updatedAt: '2026-01-15T10:00:00.000Z',
  updatedBy: 'A. Officer'
}

/** A key message; `history` holds earlier versions when the test needs them. */
export function keyMessage(id: string, en: string, overrides: Partial<KeyMessage> = {}): KeyMessage {
  return {
    ...meta,
    id,
    title: { en: `Title ${id}`, fr: `Titre ${id}` },
    text: { en, fr: `${en} (fr)` },
    partnerIds: ['mexico'],
    history: [],
    ...overrides
  }
}

/** An irritant with one general line and one line for Mexico. */
export function irritant(id: string, overrides: Partial<Irritant> = {}): Irritant {
  return {
    ...meta,
    id,
    marking: 'PROTECTED A',
    title: { en: 'Visa delays', fr: 'Délais de visa' },
    context: { en: 'Partners raise delays.', fr: 'Les partenaires soulèvent les délais.' },
    responsiveLines: [
      { id: 'general', text: { en: 'We are hiring.', fr: 'Nous embauchons.' }, partnerId: null },
      {
        id: 'mx',
        text: { en: 'Mexico files move faster.', fr: 'Les dossiers du Mexique avancent.' },
        partnerId: 'mexico'
      },
      { id: 'other', text: { en: 'Not for this meeting.', fr: 'Pas pour cette rencontre.' }, partnerId: 'india' }
    ],
    partnerIds: ['mexico'],
    history: [],
    ...overrides
  }
}

/** A library item as placed in a brief. */
export function placed(
  id: string,
  kind: LibraryKind,
  itemId: string,
  version = 1,
  override: BilingualText | null = null
): BriefItem {
  return { type: 'library', id, kind, itemId, placedVersion: version, override }
}

/** A lookup over the given items. */
export function lookupOf(items: { kind: LibraryKind; item: LibraryItem }[]): LibraryLookup {
  const map = new Map(items.map(({ kind, item }) => [`${kind}:${item.id}`, item]))
  return ((kind: LibraryKind, id: string) => map.get(`${kind}:${id}`)) as LibraryLookup
}

/** A brief with three sections: key messages (two), irritants (one), background (empty). */
export function composerBrief(overrides: Partial<Brief> = {}): Brief {
  return baseBrief({
    marking: 'UNCLASSIFIED',
    sections: [
      {
        id: 'sec-km',
        kind: 'key-messages',
        title: { en: 'Key messages', fr: 'Messages clés' },
        items: [placed('i1', 'keyMessage', 'km-a'), placed('i2', 'keyMessage', 'km-b')]
      },
      {
        id: 'sec-irr',
        kind: 'irritants',
        title: { en: 'Irritants', fr: 'Irritants' },
        items: [placed('i3', 'irritant', 'irr-visa')]
      },
      { id: 'sec-bg', kind: 'background', title: { en: 'Background', fr: 'Contexte' }, items: [] }
    ],
    ...overrides
  })
}

/** The ids of each section's items, in order. */
export function layout(brief: Brief): Record<string, string[]> {
  return Object.fromEntries(brief.sections.map((section) => [section.id, section.items.map((item) => item.id)]))
}
