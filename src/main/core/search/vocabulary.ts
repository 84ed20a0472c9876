import SearchableMap from 'minisearch/SearchableMap'
import { v8 } from '../lazy-builtins'
import { runAtOnce, yieldsAt } from './steps'
import type { Steps } from './steps'

// The indexed words, each with a number that the postings use. Kept in MiniSearch's radix tree
// too, so a query word finds the words it starts and the words a typo or two away, the way
// MiniSearch's own prefix and fuzzy search do, with MiniSearch's weights for each.

// Exact matches weigh 1. Prefix matches weigh about 0.4 to 0.5 and typos under 0.25, so in the
// same field an exact match beats a prefix match, which beats a typo.
const PREFIX_WEIGHT = 0.5
const FUZZY_WEIGHT = 0.25
// A one-letter prefix would match a good part of the vocabulary. The library screen says so when
// nothing is found for single letters (onlySingleLetters in the renderer's search-input.ts).
const MIN_PREFIX_LENGTH = 2
// One typo in 4 to 7 letters, two from 8; none in shorter words, so short queries stay precise,
// nor in numbers (2025 is not 2026).
const MIN_FUZZY_LENGTH = 4
const FUZZY_FRACTION = 0.2
const MAX_FUZZY = 2
const HAS_DIGIT = /\d/
const MAX_WORDS = 1 << 24
// The radix tree's nodes, as MiniSearch keeps them: a map from the letters that follow to the
// next node, and from '' to the word's number where a word ends.
type TreeNode = Map<string, unknown>
const LEAF = ''

/** Numbered words, looked up exactly, by prefix or with typos. */
export class Vocabulary {
  private readonly ids = new Map<string, number>()
  private readonly words: string[] = []
  private readonly freeIds: number[] = []
  // Made from every word in one pass (makingTree), at the end of a build or when first needed, and
  // kept in step after: a build adds some 54,000 words, and putting each in the tree as it came
  // cost 130 ms of a 20,000-item build (createPath); made from the words in order, a fraction of that.
  private madeTree: SearchableMap<number> | null = null
  // Counts words added and forgotten, so that a tree made in steps knows whether it missed any.
  private changes = 0

  /** Every word by its number (null where a number was given back), and the tree of them as bytes. */
  state(): { words: (string | null)[]; wordTree: Uint8Array } {
    return {
      words: this.words.map((word, id) => (this.ids.get(word) === id ? word : null)),
      // Saved as it is: putting 54,000 words back in a tree one by one took 70 to 100 ms of a
      // 20,000-item library's read-back.
      wordTree: v8().serialize(this.tree()._tree)
    }
  }

  /**
   * The vocabulary `state` gave, in steps; throws when two numbers stand for the same word, or
   * when the tree is not exactly these words, each with its number, as MiniSearch lays them out.
   */
  static *restore(words: readonly (string | null)[], wordTree: unknown): Steps<Vocabulary> {
    // Far above any library's vocabulary; a longer list is not one this index wrote.
    if (words.length > MAX_WORDS) throw new Error('it holds too many words')
    if (!(wordTree instanceof Uint8Array)) throw new Error('its word tree is missing')
    const vocabulary = new Vocabulary()
    let letters = 0
    for (let id = 0; id < words.length; id += 1) {
      if (yieldsAt(id)) yield
      const word = words[id]
      if (word === null) {
        vocabulary.words[id] = ''
        vocabulary.freeIds.push(id)
        continue
      }
      if (typeof word !== 'string' || word === '' || vocabulary.ids.has(word)) {
        throw new Error(`word ${id} is missing or listed twice`)
      }
      vocabulary.words[id] = word
      vocabulary.ids.set(word, id)
      letters += word.length
    }
    yield
    let root: unknown
    try {
      root = v8().deserialize(wordTree)
    } catch {
      throw new Error('its word tree cannot be read')
    }
    yield
    yield* checkTree(root, words, vocabulary.ids.size, letters)
    vocabulary.madeTree = new SearchableMap(root as ConstructorParameters<typeof SearchableMap<number>>[0])
    return vocabulary
  }

  /** The words' radix tree, made now if it is not yet. */
  private tree(): SearchableMap<number> {
    if (this.madeTree === null) runAtOnce(this.makingTree())
    return this.madeTree as SearchableMap<number>
  }

  /**
   * Makes the words' radix tree in steps (60 ms or more at 20,000 items, in one go). A tree that
   * was made at once meanwhile stands; one that missed a word added or forgotten meanwhile is
   * left unused, to be made when next needed.
   */
  *makingTree(): Steps<void> {
    if (this.madeTree !== null) return
    const changes = this.changes
    const sorted = [...this.ids.keys()].sort()
    yield
    const root: TreeNode = new Map()
    if (sorted.length > 0) yield* fillingTree(root, sorted, this.ids)
    if (this.madeTree !== null || this.changes !== changes) return
    this.madeTree = new SearchableMap(root as ConstructorParameters<typeof SearchableMap<number>>[0])
  }

  /** The number of a known word. */
  idOf(word: string): number | undefined {
    return this.ids.get(word)
  }

  /** Numbers a new word, reusing the number of a forgotten one when there is one. */
  add(word: string): number {
    const id = this.freeIds.pop() ?? this.words.length
    this.words[id] = word
    this.ids.set(word, id)
    this.madeTree?.set(word, id)
    this.changes += 1
    return id
  }

  /** The word a number stands for. */
  word(id: number): string {
    return this.words[id] ?? ''
  }

  /** Forgets a word no document uses any more; its number may be given to another word. */
  forget(id: number): void {
    const word = this.words[id]
    if (word === undefined || this.ids.get(word) !== id) return
    this.ids.delete(word)
    this.madeTree?.delete(word)
    this.freeIds.push(id)
    this.changes += 1
  }

  /**
   * The known words a query word stands for, each with its weight: exact, prefix, typo. With
   * `prefixOnly`, only the longer words it starts (a stop-word being typed: see QueryWord).
   */
  expand(word: string, prefixOnly = false): Map<number, number> {
    const matches = new Map<number, number>()
    const exact = prefixOnly ? undefined : this.ids.get(word)
    if (exact !== undefined) matches.set(exact, 1)
    if (word.length >= MIN_PREFIX_LENGTH) {
      for (const [term, id] of this.tree().atPrefix(word)) {
        if (term === word) continue
        const distance = term.length - word.length
        matches.set(id, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance))
      }
    }
    if (!prefixOnly && word.length >= MIN_FUZZY_LENGTH && !HAS_DIGIT.test(word)) {
      const maxDistance = Math.min(MAX_FUZZY, Math.round(word.length * FUZZY_FRACTION))
      for (const [term, [id, distance]] of this.tree().fuzzyGet(word, maxDistance)) {
        if (matches.has(id)) continue
        matches.set(id, (FUZZY_WEIGHT * term.length) / (term.length + distance))
      }
    }
    return matches
  }
}

/**
 * Checks, in steps, that `root` is a radix tree of exactly the `count` words of `words`, each
 * ending in a leaf that holds its number, as MiniSearch's SearchableMap lays one out: at each
 * node, at most one branch per first letter, so that a lookup cannot take a wrong one. `letters`,
 * the words' letters in all, bounds the nodes a tree of them can have, so a tree that loops back
 * on itself is refused instead of walked for ever.
 */
function* checkTree(root: unknown, words: readonly (string | null)[], count: number, letters: number): Steps<void> {
  const walk = new TreeWalk(root, words, letters)
  while (walk.next()) if (yieldsAt(walk.seen)) yield
  if (walk.leaves !== count) throw new Error('its word tree lacks words')
}

/**
 * The walk behind checkTree, one node a step. A leaf's word is compared with the branch names on
 * its path, piece by piece where each piece starts in the word: the path's letters are never put
 * together into strings (some 150,000 of them at 20,000 items, which cost a read-back 25 to 55 ms
 * and as much again in garbage). Each piece is a letter or more, so a word is compared in at most
 * as many pieces as it has letters, and the whole walk stays bounded by `letters`.
 */
class TreeWalk {
  seen = 0
  leaves = 0
  // Nodes still to visit, each with how deep it is and the branch name that leads to it.
  private readonly nodes: unknown[]
  private readonly depths: number[] = [0]
  private readonly names: string[] = ['']
  // The path to the node being visited: the branch names, and where each one ends in a word.
  private readonly path: string[] = []
  private readonly ends: number[] = []
  // The node at which each first letter (a UTF-16 unit, as MiniSearch splits names) was last seen.
  private readonly firstSeenAt = new Uint32Array(0x10000)

  constructor(
    root: unknown,
    private readonly words: readonly (string | null)[],
    private readonly letters: number
  ) {
    this.nodes = [root]
  }

  /** Visits the next node; false once none is left. */
  next(): boolean {
    if (this.nodes.length === 0) return false
    const node = this.nodes.pop()
    const depth = this.depths.pop() as number
    const name = this.names.pop() as string
    // An empty node past the root holds no word: MiniSearch never leaves one.
    if (!(node instanceof Map) || ++this.seen > this.letters + 1 || (node.size === 0 && depth > 0)) {
      throw new Error('its word tree is wrong')
    }
    if (depth > 0) {
      this.path[depth - 1] = name
      this.ends[depth - 1] = (depth > 1 ? (this.ends[depth - 2] as number) : 0) + name.length
    }
    const serial = this.seen
    for (const [key, value] of node as TreeNode) {
      if (key === LEAF) {
        // A word's path is the only one that spells it, so each word has one leaf at most.
        if (!this.spells(depth, value)) throw new Error('its word tree misplaces a word')
        this.leaves += 1
        continue
      }
      if (typeof key !== 'string') throw new Error('its word tree is wrong')
      const first = key.charCodeAt(0)
      if (this.firstSeenAt[first] === serial) throw new Error('its word tree is wrong')
      this.firstSeenAt[first] = serial
      this.nodes.push(value)
      this.depths.push(depth + 1)
      this.names.push(key)
    }
    return true
  }

  /** Whether `id` numbers the word that the path to a node `depth` branches deep spells. */
  private spells(depth: number, id: unknown): boolean {
    if (typeof id !== 'number') return false
    const word = this.words[id]
    if (typeof word !== 'string' || word.length !== (depth > 0 ? this.ends[depth - 1] : 0)) return false
    for (let at = 0; at < depth; at += 1) {
      if (!word.startsWith(this.path[at] as string, at > 0 ? this.ends[at - 1] : 0)) return false
    }
    return true
  }
}

/**
 * Fills `root` with `words`, sorted and distinct, in steps: the radix tree MiniSearch's set() would
 * build of them (a word's number in a '' leaf, each branch named by the most letters its words
 * share), made in one pass. A loop, not a recursion: words such as "a", "aa", "aaa"... nest a
 * branch per word, as deep as a hostile text makes them.
 */
function* fillingTree(root: TreeNode, words: readonly string[], ids: ReadonlyMap<string, number>): Steps<void> {
  // Each: a node, the words [from, to) below it, and the letters they all share there.
  const pending: Array<[TreeNode, number, number, number]> = [[root, 0, words.length, 0]]
  let filled = 0
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (yieldsAt(filled++)) yield
    const [node, from, to, depth] = next
    let at = from
    // Sorted, a word that ends here comes first.
    const ending = words[at] ?? ''
    if (ending.length === depth) {
      node.set(LEAF, ids.get(ending))
      at += 1
    }
    while (at < to) {
      const first = words[at] ?? ''
      const letter = first.charCodeAt(depth)
      let end = at + 1
      while (end < to && (words[end] ?? '').charCodeAt(depth) === letter) end += 1
      // What the first and the last word of the branch share, all its words share.
      const last = words[end - 1] ?? ''
      let shared = depth + 1
      while (shared < first.length && first.charCodeAt(shared) === last.charCodeAt(shared)) shared += 1
      const child: TreeNode = new Map()
      node.set(first.slice(depth, shared), child)
      pending.push([child, at, end, shared])
      at = end
    }
  }
}
