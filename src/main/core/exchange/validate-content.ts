import { LIBRARY_KINDS, librarySchemas } from '@shared/entities'
import type { LibraryItem, LibraryKind } from '@shared/entities'
import { withMissingSource } from '@shared/source'
import { COLLECTION_KEYS, CONTENT_ENTRY } from './bundle-format'
import type { BundleContent, BundleManifest } from './bundle-format'
import { capProblems, describeValue, issueProblems } from './problems'
import type { Checked, ImportProblem } from './problems'

const KNOWN_KEYS = new Set<string>(Object.values(COLLECTION_KEYS))

/** Checks content.json against the contract, item by item, naming each problem's item and field. */
export function validateContent(raw: unknown, counts: BundleManifest['counts']): Checked<BundleContent> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail([
      { where: CONTENT_ENTRY, message: `It should hold the library's lists, but it holds ${describeValue(raw)}.` }
    ])
  }
  const record = raw as Record<string, unknown>
  const problems: ImportProblem[] = []
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.has(key)) {
      problems.push({
        where: CONTENT_ENTRY,
        message: `It holds "${key.slice(0, 60)}", which is not part of a library bundle (only partners, keyMessages, irritants and backgroundNotes are).`
      })
    }
  }
  const content = { partners: [], keyMessages: [], irritants: [], backgroundNotes: [] } as BundleContent
  for (const kind of LIBRARY_KINDS) {
    const key = COLLECTION_KEYS[kind]
    const list = record[key]
    if (list === undefined) {
      problems.push({ where: CONTENT_ENTRY, message: `The list "${key}" is missing.` })
      continue
    }
    if (!Array.isArray(list)) {
      problems.push({
        where: `${CONTENT_ENTRY}: ${key}`,
        message: `This should be a list, but it is ${describeValue(list)}.`
      })
      continue
    }
    if (list.length !== counts[kind]) {
      problems.push({
        where: `${CONTENT_ENTRY}: ${key}`,
        message: `The list holds ${list.length} item${list.length === 1 ? '' : 's'} but manifest.json counts ${counts[kind]}: the bundle is incomplete or was changed.`
      })
    }
    const items = checkItems(kind, key, list, problems)
    ;(content[key] as LibraryItem[]).push(...items)
  }
  return problems.length > 0 ? fail(problems) : { ok: true, value: content }
}

function checkItems(kind: LibraryKind, key: string, list: unknown[], problems: ImportProblem[]): LibraryItem[] {
  const items: LibraryItem[] = []
  const firstIndex = new Map<string, number>()
  list.forEach((raw, index) => {
    const where = `${key}[${index}]${idLabel(raw)}`
    // Bundles made before items carried a source (data version 1) hold none: their items are
    // read with an empty one, as the store's upgrade does for a data folder.
    const parsed = librarySchemas[kind].safeParse(withMissingSource(raw))
    if (!parsed.success) {
      problems.push(...issueProblems(parsed.error, raw, where))
      return
    }
    const item = parsed.data as LibraryItem
    const earlier = firstIndex.get(item.id)
    if (earlier !== undefined) {
      problems.push({
        where: `${where}: id`,
        message: `The id ${item.id} appears twice in ${key} (also at ${key}[${earlier}]).`
      })
      return
    }
    firstIndex.set(item.id, index)
    const historyProblem = historyIds(item) ?? historyOrder(item)
    if (historyProblem) {
      problems.push({ where: `${where}: history`, message: historyProblem })
      return
    }
    items.push(item)
  })
  return items
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

function fail(problems: ImportProblem[]): Checked<BundleContent> {
  return { ok: false, problems: capProblems(problems) }
}
