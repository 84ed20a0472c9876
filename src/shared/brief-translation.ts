import { alignRecord } from './align-records'
import type { LibraryLookup } from './brief-rules'
import { resolveItem } from './brief-rules'
import type { Brief, BriefItem, BriefSection } from './entities'
import { rowKey } from './irritant-rows'
import type { IrritantRow } from './irritant-rows'
import type { BilingualText } from './languages'
import { alignText } from './translation'

// The save rule of translation.ts for a brief. Its own texts (title, objectives, meeting details,
// section titles, free text) follow it as any record does. A library item's text written in the
// brief starts from what the brief showed: so editing only the English of a placed item leaves
// its French needing an update, and fixing the French of a text the library has out of step
// brings the brief's copy back in step.

/**
 * Places a person can confirm in a brief: a section's title by the section's id, an item's text
 * by the item's id, an irritant's row by its row key (irritant-rows.ts), other texts by their
 * field path (title, objectives...).
 */
export type BriefTextKey = string

function previousText(item: BriefItem | undefined, previous: Brief, lookup: LibraryLookup): BilingualText | undefined {
  if (item === undefined) return undefined
  if (item.type === 'text') return item.text
  return item.override ?? resolveItem(item, lookup, previous.partnerIds).text
}

// An irritant's rows each follow the rule on their own, against the same row as saved before.
function alignRows(
  item: Extract<BriefItem, { type: 'library' }>,
  before: () => BriefItem | undefined,
  previous: Brief | undefined,
  lookup: LibraryLookup,
  confirm: ReadonlySet<BriefTextKey>
): BriefItem {
  const rows = item.rows
  if (!rows) return item
  let previousRows: IrritantRow[] | null | undefined
  const rowBefore = (lineId: string | null): BilingualText | undefined => {
    if (previousRows === undefined) {
      const earlier = before()
      previousRows = earlier && previous ? resolveItem(earlier, lookup, previous.partnerIds).rows : null
    }
    return previousRows?.find((row) => row.lineId === lineId)?.text
  }
  const align = (lineId: string | null, text: BilingualText | null): BilingualText | null =>
    text === null ? null : alignText(text, rowBefore(lineId), confirm.has(rowKey(item.id, lineId)))
  const context = align(null, rows.context.override)
  const lines = rows.lines.map((line) => {
    const override = align(line.lineId, line.override)
    return override === line.override ? line : { ...line, override }
  })
  const linesSame = lines.every((line, index) => line === rows.lines[index])
  if (context === rows.context.override && linesSame) return item
  return { ...item, rows: { context: { override: context }, lines: linesSame ? rows.lines : lines } }
}

// `before` is asked for only when the item has a text of its own: resolving a library item costs
// more than the keystroke that triggers this in the composer should.
function alignItem(item: BriefItem, before: () => BilingualText | undefined, confirmed: boolean): BriefItem {
  if (item.type === 'text') {
    const text = alignText(item.text, before(), confirmed)
    return text === item.text ? item : { ...item, text }
  }
  if (item.override === null) return item
  const override = alignText(item.override, before(), confirmed)
  return override === item.override ? item : { ...item, override }
}

/**
 * The brief as it is to be saved after `previous` (undefined for a new brief), its texts aligned;
 * `confirmed` names the texts a person confirmed as still matching. Untouched parts keep their
 * identity.
 */
export function alignBrief(
  next: Brief,
  previous: Brief | undefined,
  lookup: LibraryLookup,
  confirmed: readonly BriefTextKey[] = []
): Brief {
  const confirm = new Set(confirmed)
  const { sections, ...details } = next
  const { sections: _sections, ...previousDetails } = previous ?? { sections: [] }
  const aligned = alignRecord(details, previous ? previousDetails : undefined, (path) => confirm.has(path))
  // Sections and items pair by id across the whole brief: an item may have moved to another section.
  const sectionsBefore = new Map((previous?.sections ?? []).map((section) => [section.id, section]))
  const itemsBefore = new Map(
    (previous?.sections ?? []).flatMap((section) => section.items.map((item) => [item.id, item]))
  )
  const nextSections = sections.map((section): BriefSection => {
    const title = alignText(section.title, sectionsBefore.get(section.id)?.title, confirm.has(section.id))
    const items = section.items.map((item) =>
      item.type === 'library' && item.rows
        ? alignRows(item, () => itemsBefore.get(item.id), previous, lookup, confirm)
        : alignItem(
            item,
            () => previous && previousText(itemsBefore.get(item.id), previous, lookup),
            confirm.has(item.id)
          )
    )
    const itemsSame = items.every((item, index) => item === section.items[index])
    return title === section.title && itemsSame
      ? section
      : { ...section, title, items: itemsSame ? section.items : items }
  })
  const sectionsSame = nextSections.every((section, index) => section === sections[index])
  if (aligned === details && sectionsSame) return next
  return { ...aligned, sections: sectionsSame ? sections : nextSections } as Brief
}
