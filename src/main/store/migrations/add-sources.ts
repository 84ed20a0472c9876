import type { Migration } from './index'

// Data version 2 gave every library item a source (where its content comes from). Files of
// version 1 have none, so each item, and each of its earlier versions, gets an empty one: nobody
// recorded a source for them, and the upgrade must not pretend otherwise. The empty source is
// written out here rather than borrowed from the contract, so that this step keeps producing
// version 2 data whatever later versions change.

const blank = { en: '', fr: '' }
const EMPTY_SOURCE_V2 = { document: blank, section: blank, link: '', asOf: '', note: blank }

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

function withSource(version: unknown): unknown {
  return isObject(version) && !('source' in version) ? { ...version, source: EMPTY_SOURCE_V2 } : version
}

// Only library items keep a history of earlier versions; the packages file also holds `items`,
// which must be left alone.
function upgradeItem(item: unknown): unknown {
  if (!isObject(item) || !Array.isArray(item.history)) return item
  return { ...(withSource(item) as Json), history: item.history.map(withSource) }
}

/** 1 -> 2: library items and their earlier versions gain an empty source. */
export const addSources: Migration = {
  from: 1,
  to: 2,
  migrate(data) {
    if (!isObject(data) || !Array.isArray(data.items)) return data
    return { ...data, items: data.items.map(upgradeItem) }
  }
}
