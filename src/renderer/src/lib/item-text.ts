import type { LibraryKind, ListedItem } from '@shared/entities'
import type { BilingualText } from '@shared/languages'
import { plainText } from '@shared/rich-text'

/** The body text a list shows a glimpse of, whatever the kind of item. */
export function itemBody(kind: LibraryKind, item: ListedItem): BilingualText {
  switch (kind) {
    case 'partner':
      return (item as ListedItem<'partner'>).summary
    case 'keyMessage':
      return (item as ListedItem<'keyMessage'>).text
    case 'irritant':
      return (item as ListedItem<'irritant'>).context
    case 'backgroundNote':
      return (item as ListedItem<'backgroundNote'>).body
  }
}

/** The first `max` characters of a text, without its list and emphasis markers, cut at a word and marked with an ellipsis when cut. */
export function excerpt(text: string, max = 220): string {
  const flat = plainText(text).replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const lastSpace = cut.lastIndexOf(' ')
  // A single very long word is cut where it is rather than dropped whole.
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`
}
