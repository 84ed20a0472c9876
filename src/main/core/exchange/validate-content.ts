import { LIBRARY_KINDS, librarySchemas } from '@shared/entities'
import type { LibraryItem, LibraryKind } from '@shared/entities'
import { withMissingSource } from '@shared/source'
import { COLLECTION_KEYS, CONTENT_ENTRY } from './bundle-format'
import type { BundleContent, BundleManifest } from './bundle-format'
import { formatCount } from './limits'
import type { BundleLimits } from './limits'
import { describeValue, issueProblems, ProblemList } from './problems'
import type { Checked } from './problems'

const KNOWN_KEYS = new Set<string>(Object.values(COLLECTION_KEYS))

/**
 * Checks content.json against the contract, item by item, naming each problem's item and field.
 * Stops at MAX_PROBLEMS problems, saying how many items were left unchecked.
 */
export function validateContent(
  raw: unknown,
  counts: BundleManifest['counts'],
  limits: Pick<BundleLimits, 'maxItemsPerKind' | 'maxHistoryVersions'>
): Checked<BundleContent> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      problems: [
        { where: CONTENT_ENTRY, message: `It should hold the library's lists, but it holds ${describeValue(raw)}.` }
      ]
    }
  }
  const record = raw as Record<string, unknown>
  const problems = new ProblemList()
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.has(key)) {
      problems.add({
        where: CONTENT_ENTRY,
        message: `It holds "${key.slice(0, 60)}", which is not part of a library bundle (only partners, keyMessages, irritants and backgroundNotes are).`
      })
    }
  }
  const content = { partners: [], keyMessages: [], irritants: [], backgroundNotes: [] } as BundleContent
  let unchecked = 0
  for (const kind of LIBRARY_KINDS) {
    const key = COLLECTION_KEYS[kind]
    const list = record[key]
    if (list === undefined) {
      problems.add({ where: CONTENT_ENTRY, message: `The list "${key}" is missing.` })
      continue
    }
    if (!Array.isArray(list)) {
      problems.add({
        where: `${CONTENT_ENTRY}: ${key}`,
        message: `This should be a list, but it is ${describeValue(list)}.`
      })
      continue
    }
    if (list.length !== counts[kind]) {
      problems.add({
        where: `${CONTENT_ENTRY}: ${key}`,
        message: `The list holds ${list.length} item${list.length === 1 ? '' : 's'} but manifest.json counts ${counts[kind]}: the bundle is incomplete or was changed.`
      })
    }
    if (list.length > limits.maxItemsPerKind) {
      problems.add({
        where: `${CONTENT_ENTRY}: ${key}`,
        message: `The list holds ${formatCount(list.length)} items; a bundle holds at most ${formatCount(limits.maxItemsPerKind)} of one kind, so they were not checked.`
      })
      unchecked += list.length
      continue
    }
    const checked = checkItems(kind, key, list, problems, limits.maxHistoryVersions)
    ;(content[key] as LibraryItem[]).push(...checked.items)
    unchecked += checked.unchecked
  }
  return problems.empty
    ? { ok: true, value: content }
    : { ok: false, problems: problems.result({ count: unchecked, what: 'items' }) }
}

function checkItems(
  kind: LibraryKind,
  key: string,
  list: unknown[],
  problems: ProblemList,
  maxHistoryVersions: number
): { items: LibraryItem[]; unchecked: number } {
  const items: LibraryItem[] = []
  const firstIndex = new Map<string, number>()
  for (const [index, raw] of list.entries()) {
    if (problems.full) return { items, unchecked: list.length - index }
    const where = `${key}[${index}]${idLabel(raw)}`
    const history = (raw as { history?: unknown } | null)?.history
    if (Array.isArray(history) && history.length > maxHistoryVersions) {
      problems.add({
        where: `${where}: history`,
        message: `The item carries ${formatCount(history.length)} earlier versions; a bundle carries at most ${formatCount(maxHistoryVersions)} per item.`
      })
      continue
    }
    // Bundles made before items carried a source (data version 1) hold none: their items are
    // read with an empty one, as the store's upgrade does for a data folder.
    const parsed = librarySchemas[kind].safeParse(withMissingSource(raw))
    if (!parsed.success) {
      problems.add(...issueProblems(parsed.error, raw, where))
      continue
    }
    const item = parsed.data as LibraryItem
    const earlier = firstIndex.get(item.id)
    if (earlier !== undefined) {
      problems.add({
        where: `${where}: id`,
        message: `The id ${item.id} appears twice in ${key} (also at ${key}[${earlier}]).`
      })
      continue
    }
    firstIndex.set(item.id, index)
    const historyProblem = historyIds(item) ?? historyOrder(item)
    if (historyProblem) {
      problems.add({ where: `${where}: history`, message: historyProblem })
      continue
    }
    items.push(item)
  }
  return { items, unchecked: 0 }
}

// An earlier version is the same item as it was: it carries the item's id, never another one
// (which would slip another item's text into this one's history, and past the duplicate-id check).
function historyIds(item: LibraryItem): string | null {
  const index = item.history.findIndex((entry) => entry.id !== item.id)
  if (index === -1) return null
  const other = item.history[index]!.id
  return `Earlier version history[${index}] carries the id ${other.length > 60 ? `${other.slice(0, 60)}…` : other}, not the item's own id ${item.id}: an item's history may only hold its own versions.`
}

// Versions only go up: every earlier version is older than the item, oldest first. (Histories
// merged by older Dossiers may repeat a number; an import numbers them apart, see item-versions.ts.)
function historyOrder(item: LibraryItem): string | null {
  let previous = 0
  for (const [index, entry] of item.history.entries()) {
    if (entry.version >= item.version) {
      return `Earlier version history[${index}] is numbered ${entry.version}, not below the item's own version ${item.version}.`
    }
    if (entry.version < previous) return `The earlier versions are not in order, oldest first (see history[${index}]).`
    previous = entry.version
  }
  return null
}

function idLabel(raw: unknown): string {
  const id = (raw as { id?: unknown } | null)?.id
  if (typeof id !== 'string' || id === '') return ''
  return ` (${id.length > 60 ? `${id.slice(0, 60)}…` : id})`
}
