import { textFingerprint } from './fingerprint'
import type { Aligned, BilingualText, Language } from './languages'

// Keeping both languages in step. A text remembers (in `aligned`) the fingerprints of both
// languages as they last matched, for as long as one has changed since and the other has not:
// that other one needs updating. Editing both, or a person confirming that they still match,
// brings them back in step and the record goes. A text written in one language only is a draft
// of its own kind ("French missing"), not a text that needs updating.
//
// The language written second is a translation of the first, typed over several saves (autosave
// catches it half written): edits to it alone keep the text in step, and the record says so
// (`source`, the language it translates) until the source itself changes. Without this, the
// first save of a half-typed translation would count as the two matching, and every key typed
// after it would mark the source as needing an update.

/** Where one bilingual text stands. */
export const TEXT_STATES = [
  'in-step',
  'en-needs-update',
  'fr-needs-update',
  'en-missing',
  'fr-missing',
  'empty'
] as const
export type TextState = (typeof TEXT_STATES)[number]

const written = (value: string): boolean => value.trim() !== ''

function fingerprints(text: BilingualText): Aligned {
  return { en: textFingerprint(text.en), fr: textFingerprint(text.fr) }
}

/** Where a text stands, read from the text and its record of the last time both matched. */
export function textState(text: BilingualText): TextState {
  if (!written(text.en) && !written(text.fr)) return 'empty'
  if (!written(text.en)) return 'en-missing'
  if (!written(text.fr)) return 'fr-missing'
  if (!text.aligned || text.aligned.source) return 'in-step'
  const enSame = textFingerprint(text.en) === text.aligned.en
  const frSame = textFingerprint(text.fr) === text.aligned.fr
  if (enSame && !frSame) return 'en-needs-update'
  if (frSame && !enSame) return 'fr-needs-update'
  return 'in-step'
}

/** The language that needs updating to match the other, or null. */
export function languageToUpdate(state: TextState): Language | null {
  if (state === 'en-needs-update') return 'en'
  if (state === 'fr-needs-update') return 'fr'
  return null
}

/** True when a text's two languages no longer say the same thing (one changed, the other not). */
export function outOfStep(text: BilingualText): boolean {
  return languageToUpdate(textState(text)) !== null
}

function withAligned(text: BilingualText, aligned: Aligned | undefined): BilingualText {
  const same =
    aligned === undefined
      ? text.aligned === undefined
      : text.aligned?.en === aligned.en && text.aligned.fr === aligned.fr && text.aligned.source === aligned.source
  if (same) return text
  const { aligned: _dropped, ...plain } = text
  return aligned === undefined ? plain : { ...plain, aligned }
}

/**
 * A text as it is to be saved, given what was saved before: the save rule. With `previous`
 * written in both languages, its record (or, without one, its own fingerprints: the two were in
 * step) is the baseline. Exactly one language changed from the baseline: the record stays, and
 * the other language needs updating. Both changed, or neither: in step. A text whose second
 * language is being written, or whose translation alone changed since, records its source and is
 * in step (see above). A new text, a text with a language missing, and a confirmed text carry no
 * record. Whatever record `next` carries is
 * ignored (it comes from a window, which is not trusted with this). Returns `next` itself when
 * nothing changes.
 */
export function alignText(next: BilingualText, previous: BilingualText | undefined, confirmed = false): BilingualText {
  if (confirmed || !written(next.en) || !written(next.fr) || previous === undefined) return withAligned(next, undefined)
  if (!written(previous.en) || !written(previous.fr)) {
    // The second language is being written: a translation of the one that was there.
    const source = written(previous.en) ? 'en' : written(previous.fr) ? 'fr' : undefined
    return withAligned(next, source && { ...fingerprints(next), source })
  }
  const source = previous.aligned?.source
  if (source && textFingerprint(next[source]) === previous.aligned?.[source]) {
    // The translation alone changed (or nothing did): still a translation of its source.
    return withAligned(next, { ...fingerprints(next), source })
  }
  // The source changed, or the text has none: the usual rule, from what last matched.
  const baseline = source ? fingerprints(previous) : (previous.aligned ?? fingerprints(previous))
  const enChanged = textFingerprint(next.en) !== baseline.en
  const frChanged = textFingerprint(next.fr) !== baseline.fr
  return withAligned(next, enChanged !== frChanged ? baseline : undefined)
}

/**
 * A text marked as needing updating in `language` without knowing what it last matched (a text
 * joined from several, one of which is out of step). The record names the other language as it
 * is now, and an empty text for this one: so editing only this language clears the mark, as
 * editing both does, and editing only the other keeps it.
 */
export function markedToUpdate(text: BilingualText, language: Language): BilingualText {
  const empty = textFingerprint('')
  const aligned: Aligned =
    language === 'fr' ? { en: empty, fr: textFingerprint(text.fr) } : { en: textFingerprint(text.en), fr: empty }
  return withAligned(text, aligned)
}
