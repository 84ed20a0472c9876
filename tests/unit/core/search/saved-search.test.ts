import { deserialize, serialize } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { LibrarySearch } from '../../../../src/main/core/search'
import type { IndexedItem } from '../../../../src/main/core/search'
import { readSavedSearch, saveSearch } from '../../../../src/main/core/search/saved-search'
import { bi, keyMessage, sampleLibrary } from './fixtures'

const QUERIES = ['visa', 'migr', 'refugess', 'réfugiés asile', 'oeuvre', 'labour mobility', 'zzz']

/** What a search answers for each query, compared whole (scores, fields, order; terms as a set). */
function answers(search: LibrarySearch): unknown[] {
  return QUERIES.map((query) => {
    const { hits, total } = search.searchCounted(query, { limit: 100 })
    return { total, hits: hits.map((hit) => ({ ...hit, terms: [...hit.terms].sort() })) }
  })
}

/** A newer version of an item, as an edit leaves it. */
function edited(entry: IndexedItem<'keyMessage'>, text: string): IndexedItem<'keyMessage'> {
  const item = { ...entry.item, version: entry.item.version + 1, updatedAt: '2026-04-01T09:00:00.000Z' }
  return { kind: 'keyMessage', item: { ...item, text: bi(text, text) } }
}

/** The saved index as someone with the file sees it, to change. */
interface Saved {
  stamps: string[]
  index: {
    words: (string | null)[]
    wordTree?: Uint8Array
    postings: Int32Array | number[]
    starts: Int32Array
    keys: (string | null)[]
    terms: Int32Array
    termStarts: Int32Array
    fieldLengths: Int32Array
  }
}

/** The saved index, changed by `forge` as someone with the file could change it. */
function forged(bytes: Buffer, forge: (saved: Saved) => void): Buffer {
  // A copy: what deserialize reads may share its memory with the bytes it was given.
  const saved = deserialize(Buffer.from(bytes)) as Saved
  forge(saved)
  return serialize(saved)
}

type TreeNode = Map<string, unknown>

/** The saved words' tree, changed by `edit` as someone with the file could change it. */
function retree(saved: Saved, edit: (root: TreeNode) => void): void {
  const root = deserialize(Buffer.from(saved.index.wordTree ?? [])) as TreeNode
  edit(root)
  saved.index.wordTree = serialize(root)
}

/** Every node of a tree with the letters that lead to it, root first. */
function nodesOf(root: TreeNode): Array<{ node: TreeNode; prefix: string }> {
  const found = [{ node: root, prefix: '' }]
  for (let at = 0; at < found.length; at += 1) {
    const { node, prefix } = found[at]!
    for (const [key, value] of node) if (key !== '') found.push({ node: value as TreeNode, prefix: prefix + key })
  }
  return found
}

/**
 * Splits one branch into its children, each under the branch's letters plus its own: the same
 * words with the same numbers, but two branches of one node starting with the same letter.
 */
function splitBranch(root: TreeNode): void {
  for (const { node } of nodesOf(root)) {
    for (const [key, child] of node) {
      if (key === '' || !(child instanceof Map) || child.has('') || child.size < 2) continue
      node.delete(key)
      for (const [rest, grandchild] of child as TreeNode) node.set(key + rest, grandchild)
      return
    }
  }
  throw new Error('No branch to split in this tree.')
}

describe('the saved search index', () => {
  it('reads back into an index that answers exactly as one built anew, having indexed nothing again', () => {
    const items = sampleLibrary()
    const built = LibrarySearch.build(items)
    const bytes = saveSearch(built)
    const { search, changed } = readSavedSearch(bytes, items)
    expect(changed).toBe(0)
    expect(answers(search)).toEqual(answers(LibrarySearch.build(items)))
    // A query's filter is handed each item as it is now, without looking it up.
    const handed = new Map<string, unknown>()
    search.search('refugees', { filter: (_kind, id, item) => handed.set(id, item).size > 0 })
    expect(handed.size).toBeGreaterThan(0)
    for (const [id, item] of handed) expect(item).toBe(items.find((entry) => entry.item.id === id)?.item)
  })

  it('is brought up to date with items changed, added and deleted since it was saved', () => {
    const items = sampleLibrary()
    const bytes = saveSearch(LibrarySearch.build(items))
    const first = items.find((entry): entry is IndexedItem<'keyMessage'> => entry.kind === 'keyMessage')
    if (!first) throw new Error('The sample library has key messages.')
    const deleted = items.find((entry) => entry.kind === 'irritant')
    const now = [
      ...items.filter((entry) => entry !== first && entry !== deleted),
      edited(first, 'Okapi corridors'),
      keyMessage('km-new', bi('Giraffe crossings', 'Passages de girafes'), bi('', ''))
    ]
    const { search, changed } = readSavedSearch(bytes, now)
    expect(changed).toBe(3)
    expect(answers(search)).toEqual(answers(LibrarySearch.build(now)))
    expect(search.search('okapi').map((hit) => hit.id)).toEqual([first.item.id])
    expect(search.search('girafes').map((hit) => hit.id)).toEqual(['km-new'])
    expect(search.search(deleted?.item.id ?? '').map((hit) => hit.id)).not.toContain(deleted?.item.id)
  })

  it('counts the words of an item added after read-back, past the first thousands of word numbers', () => {
    // 6,000 words, so that the numbers the new item uses are far past any first allocation.
    const words = Array.from({ length: 6_000 }, (_, index) => `mot${index.toString(36)}x`)
    const chunks = Array.from({ length: 60 }, (_, chunk) => words.slice(chunk * 100, chunk * 100 + 100).join(' '))
    const items = chunks.map((text, index) =>
      keyMessage(`km-${index}`, bi(`Part ${index}`, `Partie ${index}`), bi(text, text))
    )
    const bytes = saveSearch(LibrarySearch.build(items))
    // The new item repeats late words: its counts must rank it above the item that has them once.
    const late = words.slice(5_900, 5_905).join(' ')
    // Only words the index knows, so that nothing new is numbered before they are counted.
    const added = keyMessage('km-late', bi(words[5_900] ?? '', words[5_901] ?? ''), bi(`${late} ${late} ${late}`, late))
    const now = [...items, added]
    const { search } = readSavedSearch(bytes, items)
    search.upsert(added)
    const query = words[5_902] ?? ''
    expect(search.searchCounted(query, { limit: 10 })).toEqual(
      LibrarySearch.build(now).searchCounted(query, { limit: 10 })
    )
    expect(search.search(query).map((hit) => hit.id)).toEqual(['km-late', 'km-59'])
  })

  it('reads back an index saved after deletions left words no item has, and with numbers given back', () => {
    const items = sampleLibrary()
    const search = LibrarySearch.build(items)
    const [gone, ...kept] = items
    search.remove(gone!.kind, gone!.item.id)
    // A word only the deleted item had is forgotten when the index is saved; its number stays free.
    const bytes = saveSearch(search)
    expect((deserialize(Buffer.from(bytes)) as Saved).index.words).toContain(null)
    const { search: read, changed } = readSavedSearch(bytes, kept)
    expect(changed).toBe(0)
    expect(answers(read)).toEqual(answers(LibrarySearch.build(kept)))
    // And it takes new words afterwards, found by prefix and with a typo.
    read.upsert(
      keyMessage(
        'km-new',
        bi('Okapis', 'Okapis'),
        bi('Okapis near the Ituri forest', 'Okapis près de la forêt de l’Ituri')
      )
    )
    expect(read.search('okapi').map((hit) => hit.id)).toEqual(['km-new'])
    expect(read.search('itur').map((hit) => hit.id)).toEqual(['km-new'])
    expect(read.search('forrest').map((hit) => hit.id)).toContain('km-new')
  })

  it('refuses bytes that are not an index this Dossier saved, saying so', () => {
    const items = sampleLibrary()
    const bytes = saveSearch(LibrarySearch.build(items))
    expect(() => readSavedSearch(Buffer.from('not an index'), items)).toThrow(/cannot be read|another version/)
    expect(() => readSavedSearch(bytes.subarray(0, bytes.length / 2), items)).toThrow(/cannot be read/)
    expect(() => readSavedSearch(serialize({ madeWith: 'Dossier search index\n0' }), items)).toThrow('another version')
    expect(() => readSavedSearch(serialize(null), items)).toThrow('another version')
  })

  it('refuses an index that does not hold together, whatever was changed in it', () => {
    const items = sampleLibrary()
    const bytes = saveSearch(LibrarySearch.build(items))
    const forgeries: Array<(saved: Saved) => void> = [
      // A posting naming a document past the last one.
      (saved) => (saved.index.postings[0] = (saved.index.keys.length + 5) << 10),
      // A posting with a count of nothing.
      (saved) => (saved.index.postings[0] = (saved.index.postings[0] ?? 0) & ~63),
      // Postings cut past their end.
      (saved) => (saved.index.starts[1] = saved.index.postings.length + 1),
      // One word listed twice.
      (saved) => (saved.index.words[1] = saved.index.words[0] ?? null),
      // One document listed twice.
      (saved) => (saved.index.keys[1] = saved.index.keys[0] ?? null),
      // A document whose words are numbers no word has: first, or last (so still in order).
      (saved) => (saved.index.terms[0] = saved.index.words.length + 3),
      (saved) => (saved.index.terms[(saved.index.termStarts[1] ?? 1) - 1] = saved.index.words.length + 3),
      // A document whose words are out of order.
      (saved) => {
        const { terms } = saved.index
        ;[terms[0], terms[1]] = [terms[1] ?? 0, terms[0] ?? 0]
      },
      // A posting, with a count, naming a document past the last one, or a slot left free.
      (saved) => (saved.index.postings[0] = ((saved.index.keys.length + 5) << 10) | 1),
      (saved) => {
        saved.index.keys[0] = null
        saved.stamps[0] = ''
      },
      // Field lengths that do not match the documents.
      (saved) => (saved.index.fieldLengths = new Int32Array(3)),
      // A negative field length.
      (saved) => (saved.index.fieldLengths[0] = -4),
      // Stamps that do not match the documents.
      (saved) => saved.stamps.pop(),
      // Postings that are not integers.
      (saved) => (saved.index.postings = [1, 2, 3]),
      // A list of words claiming billions of entries, with nothing in them.
      (saved) => (saved.index.words.length = 2 ** 32 - 1),
      // A key no item could have.
      (saved) => (saved.index.keys[0] = 'nothing-here'),
      // No words' tree, or bytes that are not one.
      (saved) => delete saved.index.wordTree,
      (saved) => (saved.index.wordTree = new Uint8Array([1, 2, 3])),
      // A tree that lacks a word.
      (saved) => retree(saved, (root) => root.delete([...root.keys()].find((key) => key !== '')!)),
      // A word's leaf holding another word's number.
      (saved) =>
        retree(saved, (root) => {
          const leaf = nodesOf(root).find(({ node }) => node.has(''))!.node
          leaf.set('', (leaf.get('') as number) + 1)
        }),
      // The right words and numbers, but two branches of a node starting with the same letter.
      (saved) => retree(saved, splitBranch),
      // A branch renamed past its first letter: the words below it are no longer spelt by their path.
      (saved) =>
        retree(saved, (root) => {
          for (const { node } of nodesOf(root)) {
            const key = [...node.keys()].find((each) => each.length >= 2)
            if (key === undefined) continue
            const child = node.get(key)
            node.delete(key)
            node.set(`${key.slice(0, -1)}${key.endsWith('q') ? 'x' : 'q'}`, child)
            return
          }
          throw new Error('No branch of two letters or more in this tree.')
        }),
      // A branch that leads back to the root, and one that leads to a number instead of a node.
      (saved) => retree(saved, (root) => root.set('zzz', root)),
      (saved) => retree(saved, (root) => root.set('zzz', 4)),
      // An empty branch, and a branch that loops on itself with no word in it.
      (saved) => retree(saved, (root) => root.set('zzz', new Map())),
      (saved) =>
        retree(saved, (root) => {
          const loop: TreeNode = new Map()
          loop.set('y', loop)
          root.set('zzz', loop)
        })
    ]
    for (const forge of forgeries) {
      expect(() => readSavedSearch(forged(bytes, forge), items)).toThrow('The saved search index is damaged')
    }
    // Untouched, the same bytes read back.
    expect(
      readSavedSearch(
        forged(bytes, () => undefined),
        items
      ).changed
    ).toBe(0)
  })
})
