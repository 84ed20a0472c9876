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

// Real text draws on tens of thousands of distinct words, a few of them very often (Zipf's law).
// An index, its vocabulary and its prefix and typo matching cost what they really cost only on
// such text: 22 words repeated would make every one of them cheap. So the domain's words come
// first and most often, then made-up words built from each language's syllables, French with its
// accents, about 30,000 words per language in all.
const VOCABULARY_SIZE = 30_000
const EN_SYLLABLES = 'ar be con de en for gra in lo ment mi na or pro re sta tion ter un ver al com di ex ful'.split(
  ' '
)
const FR_SYLLABLES = 'ré é con dé en pour gra in lo ment mi na or pro re sta tion ter ç à è ê voi teau ssé'.split(' ')

/** The domain's words, then made-up words, distinct, in the order of how often they are used. */
function vocabulary(domain: string[], syllables: string[]): string[] {
  const words = new Set(domain)
  const random = seeded(domain.length)
  while (words.size < VOCABULARY_SIZE) {
    const count = 2 + Math.floor(random() * 3)
    let word = ''
    for (let index = 0; index < count; index += 1) word += syllables[Math.floor(random() * syllables.length)] ?? ''
    words.add(word)
  }
  return [...words]
}

/** The running total of each rank's weight, 1 / (rank + 2.7), Zipf-Mandelbrot's law for text. */
function zipfTotals(size: number): Float64Array {
  const totals = new Float64Array(size)
  let total = 0
  for (let rank = 0; rank < size; rank += 1) totals[rank] = total += 1 / (rank + 2.7)
  return totals
}

const EN_VOCABULARY = vocabulary(EN_WORDS, EN_SYLLABLES)
const FR_VOCABULARY = vocabulary(FR_WORDS, FR_SYLLABLES)
const TOTALS = zipfTotals(VOCABULARY_SIZE)

/** A rank drawn with Zipf's weights. */
function zipfRank(random: () => number): number {
  const target = random() * (TOTALS[TOTALS.length - 1] ?? 0)
  let low = 0
  let high = TOTALS.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if ((TOTALS[middle] ?? 0) < target) low = middle + 1
    else high = middle
  }
  return low
}

/** A deterministic generator of numbers in [0, 1) (mulberry32), so that runs compare. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = Math.imul(state ^ (state >>> 15), state | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

function sentence(words: string[], seed: number, length: number): string {
  const random = seeded(Math.imul(seed, 2654435761) ^ length)
  const picked: string[] = []
  for (let index = 0; index < length; index += 1) picked.push(words[zipfRank(random)] ?? '')
  const text = picked.join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

function text(seed: number, length: number): { en: string; fr: string } {
  return { en: sentence(EN_VOCABULARY, seed, length), fr: sentence(FR_VOCABULARY, seed + 3, length) }
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

/**
 * The library as it is after each item was saved `earlier` times before: the same items, each
 * with that many earlier versions of the same size in its history. An office's library gains a
 * version at every edit, review, translation confirmed and status change.
 */
export function withEarlierVersions(library: SyntheticLibrary, earlier: number): SyntheticLibrary {
  const aged = <T extends { version: number; history: unknown[] }>(item: T): T => {
    const { history: _history, ...content } = item
    const history = Array.from({ length: earlier }, (_, index) => ({ ...content, version: index + 1 }))
    return { ...item, version: earlier + 1, history }
  }
  return {
    partners: library.partners.map(aged),
    keyMessages: library.keyMessages.map(aged),
    irritants: library.irritants.map(aged),
    backgroundNotes: library.backgroundNotes.map(aged)
  }
}
