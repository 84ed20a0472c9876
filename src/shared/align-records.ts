import type { BilingualText, Language } from './languages'
import type { TextState } from './translation'
import { alignText, languageToUpdate, textState } from './translation'

// The save rule of translation.ts applied to every bilingual text of a record (a library item, a
// brief's details), whatever its shape: texts are found by walking the record, and each is
// paired with the text in the same place of the record as saved before. Fields pair by name;
// list entries by id where they have one (people, responsive lines), else by what they still
// share (key facts, programmes): an entry whose English or French is unchanged is the same entry,
// wherever it moved; one with nothing in common is new.

type Plain = Record<string, unknown>

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value)

const TEXT_KEYS = new Set(['en', 'fr', 'aligned'])

/** True for an { en, fr } text (with or without its record), the shape every bilingual field has. */
export function isBilingualText(value: unknown): value is BilingualText {
  return (
    isPlain(value) &&
    typeof value['en'] === 'string' &&
    typeof value['fr'] === 'string' &&
    Object.keys(value).every((key) => TEXT_KEYS.has(key))
  )
}

// Earlier versions say what a text was, not where it stands now: they are neither aligned nor counted.
const SKIPPED_KEYS = new Set(['history'])

/** Every bilingual text inside a value, with its place (field names, list entry ids or positions). */
export function textsIn(value: unknown, path = ''): { path: string; text: BilingualText }[] {
  if (isBilingualText(value)) return [{ path, text: value }]
  const join = (segment: string) => (path === '' ? segment : `${path}.${segment}`)
  if (Array.isArray(value)) return value.flatMap((entry, index) => textsIn(entry, join(segmentOf(entry, index))))
  if (!isPlain(value)) return []
  return Object.entries(value).flatMap(([key, entry]) => (SKIPPED_KEYS.has(key) ? [] : textsIn(entry, join(key))))
}

function idOf(entry: unknown): string | null {
  return isPlain(entry) && typeof entry['id'] === 'string' ? entry['id'] : null
}

function segmentOf(entry: unknown, index: number): string {
  return idOf(entry) ?? String(index)
}

function sharesText(a: unknown, b: unknown): boolean {
  const sides = (value: unknown) =>
    textsIn(value).flatMap(({ text }) =>
      [`en:${text.en.trim()}`, `fr:${text.fr.trim()}`].filter((side) => side.length > 3)
    )
  const mine = new Set(sides(a))
  return sides(b).some((side) => mine.has(side))
}

/** For each entry of `next`, the entry of `previous` it continues (see the note at the top), or undefined. */
function pairEntries(next: readonly unknown[], previous: readonly unknown[]): unknown[] {
  const byId = new Map(previous.flatMap((entry) => (idOf(entry) === null ? [] : [[idOf(entry), entry] as const])))
  const used = new Set<number>()
  return next.map((entry, index) => {
    const id = idOf(entry)
    if (id !== null) return byId.get(id)
    const same = previous[index]
    if (!used.has(index) && same !== undefined && idOf(same) === null && sharesText(entry, same)) {
      used.add(index)
      return same
    }
    const moved = previous.findIndex((other, at) => !used.has(at) && idOf(other) === null && sharesText(entry, other))
    if (moved === -1) return undefined
    used.add(moved)
    return previous[moved]
  })
}

/**
 * `next` with every bilingual text aligned against its counterpart in `previous` (translation.ts);
 * `confirmed` names the places (as textsIn gives them) a person confirmed as still matching.
 * Parts that do not change are returned as they were, so callers can compare by identity.
 */
export function alignRecord<T>(next: T, previous: unknown, confirmed: (path: string) => boolean = () => false): T {
  const walk = (value: unknown, before: unknown, path: string): unknown => {
    if (isBilingualText(value)) return alignText(value, isBilingualText(before) ? before : undefined, confirmed(path))
    const join = (segment: string) => (path === '' ? segment : `${path}.${segment}`)
    if (Array.isArray(value)) {
      const paired = pairEntries(value, Array.isArray(before) ? before : [])
      const walked = value.map((entry, index) => walk(entry, paired[index], join(segmentOf(entry, index))))
      return walked.every((entry, index) => entry === value[index]) ? value : walked
    }
    if (!isPlain(value)) return value
    let changed = false
    const walked: Plain = {}
    for (const [key, entry] of Object.entries(value)) {
      const result = SKIPPED_KEYS.has(key) ? entry : walk(entry, isPlain(before) ? before[key] : undefined, join(key))
      if (result !== entry) changed = true
      walked[key] = result
    }
    return changed ? walked : value
  }
  return walk(next, previous, '') as T
}

/** The value with every text confirmed as in step: what "Still matches" saves. */
export function confirmedInStep<T>(value: T): T {
  return alignRecord(value, undefined, () => true)
}

/** The texts of a value that need updating in one language, with where they are and which language. */
export function textsToUpdate(value: unknown): { path: string; text: BilingualText; language: Language }[] {
  return textsIn(value).flatMap(({ path, text }) => {
    const language = languageToUpdate(textState(text))
    return language === null ? [] : [{ path, text, language }]
  })
}

/** Where a record stands as a whole: the languages some text of it needs updated in, and those some text lacks. */
export interface RecordTranslation {
  needsUpdate: Language[]
  missing: Language[]
}

/** The languages a record's texts need updating in, and those missing from some text. */
export function recordTranslation(value: unknown): RecordTranslation {
  const states = new Set<TextState>(textsIn(value).map(({ text }) => textState(text)))
  return {
    needsUpdate: (['en', 'fr'] as const).filter((language) => states.has(`${language}-needs-update`)),
    missing: (['en', 'fr'] as const).filter((language) => states.has(`${language}-missing`))
  }
}
