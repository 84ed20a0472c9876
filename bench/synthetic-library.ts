import type { BackgroundNote, Irritant, KeyMessage, Partner } from '@shared/entities'
import { TOPICS } from '@shared/topics'
import { emptySource } from '@shared/source'

// A library of realistic size and shape for benchmarks: bilingual texts of typical length,
// French with accents, items linked to partners and topics. Deterministic, so runs compare.

const EN_WORDS =
  'migration asylum capacity partners border visa processing refugees resettlement integrity returns youth mobility students workers protection dialogue cooperation framework regional displacement pathways'.split(
    ' '
  )
const FR_WORDS =
  'migration asile capacité partenaires frontière visa traitement réfugiés réinstallation intégrité retours jeunesse mobilité étudiants travailleurs protection dialogue coopération cadre régional déplacement voies'.split(
    ' '
  )

function sentence(words: string[], seed: number, length: number): string {
  const picked: string[] = []
  for (let index = 0; index < length; index += 1) picked.push(words[(seed * 7 + index * 13) % words.length] ?? '')
  const text = picked.join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

function text(seed: number, length: number): { en: string; fr: string } {
  return { en: sentence(EN_WORDS, seed, length), fr: sentence(FR_WORDS, seed + 3, length) }
}

function meta(id: string, seed: number) {
  return {
    id,
    status: 'approved' as const,
    marking: seed % 10 === 0 ? ('PROTECTED A' as const) : ('UNCLASSIFIED' as const),
    owner: 'IRCC International Relations',
    topics: [TOPICS[seed % TOPICS.length] ?? 'asylum', TOPICS[(seed + 5) % TOPICS.length] ?? 'visas'],
    lastReviewed: '2026-03-01',
    source: emptySource(),
    reviewBy: seed % 17 === 0 ? '2026-06-30' : '2027-03-01',
    version: 1,
    updatedAt: '2026-03-01T12:00:00.000Z',
    updatedBy: 'bench',
    history: []
  }
}

export interface SyntheticLibrary {
  partners: Partner[]
  keyMessages: KeyMessage[]
  irritants: Irritant[]
  backgroundNotes: BackgroundNote[]
}

/** Builds `itemCount` library items in all, of which `partnerCount` are partners. */
export function syntheticLibrary(itemCount: number, partnerCount: number): SyntheticLibrary {
  const partners: Partner[] = []
  for (let index = 0; index < partnerCount; index += 1) {
    partners.push({
      ...meta(`partner-${index}`, index),
      kind: 'country',
      name: text(index, 3),
      summary: text(index + 1, 40),
      relationship: text(index + 2, 30),
      keyFacts: [{ label: text(index, 2), value: text(index + 4, 3) }],
      people: [],
      programmes: [text(index + 5, 4)],
      relatedPartnerIds: [],
      tags: ['bench']
    })
  }
  const rest = itemCount - partnerCount
  const partnerOf = (index: number): string[] => [`partner-${index % partnerCount}`]
  const keyMessages: KeyMessage[] = []
  const irritants: Irritant[] = []
  const backgroundNotes: BackgroundNote[] = []
  for (let index = 0; index < rest; index += 1) {
    const base = { ...meta(`item-${index}`, index), title: text(index, 6), partnerIds: partnerOf(index) }
    if (index % 3 === 0) keyMessages.push({ ...base, text: text(index + 1, 45) })
    else if (index % 3 === 1) {
      irritants.push({
        ...base,
        context: text(index + 2, 60),
        responsiveLines: [
          { id: `line-${index}-a`, text: text(index + 3, 30), partnerId: null },
          { id: `line-${index}-b`, text: text(index + 4, 30), partnerId: partnerOf(index)[0] ?? null }
        ]
      })
    } else backgroundNotes.push({ ...base, body: text(index + 5, 120) })
  }
  return { partners, keyMessages, irritants, backgroundNotes }
}
