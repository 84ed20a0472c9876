import type { Migration } from './index'

// Data version 4 holds an irritant in a brief row by row (shared/irritant-rows.ts): the context
// and each responsive line with its own copy, each line in or left out. Version 3 held one
// `override` for all the lines joined by blank lines, and `addedLineIds` for the group lines
// the officer added.
//
// An added line becomes a line row that is in the brief. A whole-text override cannot be split
// back into lines here: a step sees one file, not the library, so it cannot tell which line a
// paragraph came from (the officer may have merged, dropped or added paragraphs). Rather than
// lose the officer's words, it goes whole into the context row's own copy, and the lines follow
// the library: the composer then shows the context as edited, and the officer moves each
// sentence to its line or restores the library's context. Until then the brief's checks say the
// context repeats lines the document also prints (brief-rules.ts, context-repeats-line).

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

function upgradeItem(item: unknown): unknown {
  if (!isObject(item) || item.type !== 'library') return item
  const { addedLineIds, ...rest } = item
  if (rest.kind !== 'irritant') return rest
  const override = isObject(rest.override) ? rest.override : null
  const added = Array.isArray(addedLineIds) ? addedLineIds.filter((id) => typeof id === 'string') : []
  const lines = [...new Set(added)].map((lineId) => ({ lineId, included: true, override: null }))
  const rows = override === null && lines.length === 0 ? {} : { rows: { context: { override }, lines } }
  return { ...rest, override: null, ...rows }
}

function upgradeBrief(brief: Json): Json {
  if (!Array.isArray(brief.sections)) return brief
  return {
    ...brief,
    sections: brief.sections.map((section) =>
      isObject(section) && Array.isArray(section.items)
        ? { ...section, items: section.items.map(upgradeItem) }
        : section
    )
  }
}

/** 3 -> 4: an irritant in a brief holds its context and lines as rows; a whole-text edit becomes the context's. */
export const irritantRowsStep: Migration = {
  from: 3,
  to: 4,
  migrate(data) {
    // Only brief files hold a `brief`; library, packages and settings files are unchanged.
    if (!isObject(data) || !isObject(data.brief)) return data
    return { ...data, brief: upgradeBrief(data.brief) }
  }
}
