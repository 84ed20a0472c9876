// One folding for the whole app: the search index stores folded words, and the renderer folds
// displayed text the same way to find what to highlight. So `economie`, `Économie` and
// `ÉCONOMIE` are one word, and `l’asile` is written the same as `l'asile`.

const COMBINING_MARKS = /\p{M}/gu
// Right and left single quotes, modifier-letter apostrophe, prime and acute accent, as typed
// by Word's autocorrect or pasted from web pages.
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02bc\u2032\u00b4]/g
const LIGATURES = /[œæ]/g
const NON_ASCII = /[\u0080-\uffff]/

/** Accent-insensitive, case-insensitive normal form used for indexing and for highlighting. */
export function foldText(text: string): string {
  // Most English text is plain ASCII: lowercasing is all it needs, and it is the hot path
  // when the index is built.
  if (!NON_ASCII.test(text)) return text.toLowerCase()
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(LIGATURES, (ligature) => (ligature === 'œ' ? 'oe' : 'ae'))
    .replace(TYPOGRAPHIC_APOSTROPHES, "'")
}

/** Whether two names read alike to a person: case, accents and spacing aside. */
export function sameName(a: string, b: string): boolean {
  const plain = (name: string) => foldText(name).replace(/\s+/g, ' ').trim()
  return plain(a) === plain(b)
}
