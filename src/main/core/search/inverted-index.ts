import { FieldLengths } from './field-lengths'
import { Postings } from './postings'
import { forEachWordSpan, indexWord } from './tokenize'
import type { QueryWord } from './tokenize'
import { WrittenWords } from './written-words'
import { TopHits } from './top-hits'
import { Vocabulary } from './vocabulary'
import { yieldsAt } from './steps'
import type { Steps } from './steps'

// The index behind LibrarySearch. MiniSearch's own search builds an object per matching
// document and sorts them all: 25 to 110 ms per query on the 20,000-item benchmark library,
// where common words match every item. This keeps MiniSearch's radix tree for the vocabulary
// (so prefix and typo matching are MiniSearch's), packs postings into integers and scores them
// into typed arrays, keeping only the best hits. Scoring is MiniSearch's BM25+ per field, times
// the field's boost, times the number of query words matched.

const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
// Each query word has a bit in a 32-bit mask.
const MAX_QUERY_WORDS = 30
// A posting is one integer: slot << 10 | field << 6 | count of the word in the field (up to 63).
const FIELD_SHIFT = 6
const SLOT_SHIFT = 10
const MAX_FIELDS = 16
const MAX_COUNT = 63
const MAX_SLOTS = 2 ** 21
// Removed items stay in the postings, skipped, until this many pile up; then one pass drops them.
const VACUUM_MIN = 1000
const VACUUM_FRACTION = 0.1
const NO_TERMS = new Int32Array(0)
// Three counters per word number, side by side: a posting added reads or writes all three, and
// kept in three lists of some 50,000 words each, that was three misses of the processor's cache.
// The word's count in the field being added; the add that last counted it (so a word in several
// fields of a document counts once); how many documents hold it.
const COUNTERS = 3
const FIELD_COUNT = 0
const LAST_COUNTED = 1
const DOCUMENTS = 2
// What `accept` answered for a slot, kept in InvertedIndex.accepted (0: not asked).
const ACCEPTED = 1
const REFUSED = 2

/** One matching document, before the caller turns it into its own hit shape. */
export interface RawHit<T> {
  meta: T
  score: number
  /** Indexed words that matched, for highlighting. */
  terms: string[]
  /** Indices of the fields that matched. */
  fields: number[]
}

/** What a query may be narrowed to. */
export interface QueryOptions<T> {
  accept?: (meta: T) => boolean
  /**
   * Names what `accept` decides from a document's meta alone: queries given the same key reuse
   * its answer for each document not changed since, instead of asking again. The filters of a
   * search stay the same while the officer types, and asking for each of 20,000 matches read
   * 20,000 items scattered in memory at every key (a third of a two-letter query's time).
   */
  acceptKey?: string
  limit: number
  /** False to leave out the matched words (for a caller that only orders or counts hits). */
  terms?: boolean
}

/** The best hits of a query, and how many documents it matched in all. */
export interface QueryAnswer<T> {
  hits: RawHit<T>[]
  total: number
}

/**
 * An index as plain data (strings and integer arrays), to be saved and read back: see
 * InvertedIndex.state and restore.
 */
export interface IndexState {
  fields: number
  /** Each word by its number; null for a number given back. */
  words: (string | null)[]
  /** The words' radix tree (MiniSearch's SearchableMap), as node:v8 serializes it. */
  wordTree: Uint8Array
  /** Postings grouped by word: word w's are postings[starts[w] .. starts[w + 1]). */
  postings: Int32Array
  starts: Int32Array
  /** Each document's key by its slot; null for a free slot. */
  keys: (string | null)[]
  /** Each slot's word numbers, sorted: terms[termStarts[s] .. termStarts[s + 1]). */
  terms: Int32Array
  termStarts: Int32Array
  /** Each slot's length of each field: fieldLengths[slot * fields + field]. */
  fieldLengths: Int32Array
}

/** A full-text index of documents made of numbered text fields, each carrying a `meta` value. */
export class InvertedIndex<T extends object> {
  private vocabulary = new Vocabulary()
  private postings = new Postings()
  private counters = new Int32Array(1024 * COUNTERS)
  private additions = 0

  private readonly slotOf = new Map<string, number>()
  private readonly metas: (T | undefined)[] = []
  // Each document's word numbers, put in order the first time they are read in order (termsOf):
  // sorting 20,000 documents' words was a tenth of a library's build, and only the hits of a
  // query and a save read them in order, once the index answers.
  private readonly documentTerms: (Int32Array | undefined)[] = []
  private readonly unsortedTerms: boolean[] = []
  private fieldLengths: FieldLengths
  private readonly fieldTotals: Float64Array
  private readonly fieldDocuments: Float64Array
  private freeSlots: number[] = []
  private nextSlot = 0
  private liveCount = 0
  private deadCount = 0

  // Scratch space for one query, indexed by slot and cleared after each query.
  private scores = new Float64Array(0)
  private wordMasks = new Int32Array(0)
  private fieldMasks = new Int32Array(0)
  private touched = new Int32Array(0)
  private touchedCount = 0
  // What `accept` answered for each slot under `acceptedKey` (QueryOptions.acceptKey): 0 not yet
  // asked (or the slot's document changed since), ACCEPTED or REFUSED. Kept across queries.
  private accepted = new Uint8Array(0)
  private acceptedKey: string | null = null
  // The numbers of the words seen in the field being added, each counted in `counters`. Counting
  // by number spares a map of strings per field.
  private readonly fieldWords: number[] = []
  // Each word as written to its number, or -1 for a stop-word: each written form is folded once.
  // Emptied when numbers are given back (vacuum).
  private readonly writtenWords = new WrittenWords()
  private readonly numberWritten = (written: string): number => {
    const word = indexWord(written, false)
    return word === null ? -1 : this.termId(word)
  }

  constructor(private readonly boosts: readonly number[]) {
    if (boosts.length > MAX_FIELDS) throw new Error(`The index takes at most ${MAX_FIELDS} fields.`)
    this.fieldTotals = new Float64Array(boosts.length)
    this.fieldDocuments = new Float64Array(boosts.length)
    this.fieldLengths = new FieldLengths(boosts.length)
  }

  /** The index as plain data, removed documents dropped first. */
  state(): IndexState {
    // With none removed there is nothing to drop, and regrouping every posting (a fifth of a
    // second at 20,000 items) would change nothing.
    if (this.deadCount > 0) this.vacuum()
    const slots = this.nextSlot
    const keys: (string | null)[] = Array.from({ length: slots }, () => null)
    for (const [key, slot] of this.slotOf) keys[slot] = key
    const termStarts = new Int32Array(slots + 1)
    for (let slot = 0; slot < slots; slot += 1) {
      termStarts[slot + 1] = (termStarts[slot] ?? 0) + this.termsOf(slot).length
    }
    const terms = new Int32Array(termStarts[slots] ?? 0)
    for (let slot = 0; slot < slots; slot += 1) terms.set(this.termsOf(slot), termStarts[slot] ?? 0)
    return {
      fields: this.boosts.length,
      ...this.vocabulary.state(),
      ...this.postings.state(),
      keys,
      terms,
      termStarts,
      fieldLengths: this.fieldLengths.bySlot(slots)
    }
  }

  /**
   * The index `state` gave, each document's meta worked out from its key. Data read from disk may
   * be damaged or forged: anything that does not hold together throws, and nothing read is used
   * to index an array without being checked first.
   */
  static *restore<T extends object>(
    boosts: readonly number[],
    state: IndexState,
    metaOf: (key: string) => T
  ): Steps<InvertedIndex<T>> {
    const { words, keys, terms, termStarts, fieldLengths } = state
    const fields = boosts.length
    if (state.fields !== fields || !Array.isArray(words) || !Array.isArray(keys)) throw new Error('its shape is wrong')
    if (keys.length > MAX_SLOTS) throw new Error('it holds too many documents')
    if (!(fieldLengths instanceof Int32Array) || fieldLengths.length !== keys.length * fields) {
      throw new Error('its field lengths are wrong')
    }
    // Before anything is sized by it: a list's length read from disk is only believed once a
    // typed array (whose length its bytes bound) agrees with it.
    if (!(state.starts instanceof Int32Array) || state.starts.length !== words.length + 1) {
      throw new Error('its postings do not match its words')
    }
    if (
      !(terms instanceof Int32Array) ||
      !(termStarts instanceof Int32Array) ||
      termStarts.length !== keys.length + 1
    ) {
      throw new Error('its document words are wrong')
    }
    if (termStarts[0] !== 0 || termStarts[keys.length] !== terms.length)
      throw new Error('its document words are cut wrong')
    const index = new InvertedIndex<T>(boosts)
    index.vocabulary = yield* Vocabulary.restore(words, state.wordTree)
    index.postings = Postings.fromState(state.postings, state.starts)
    yield* index.checkPostings(state.postings, keys)
    // The 3 million words of a 20,000-item library's documents are checked and counted in typed
    // arrays a tenth the size of the lists of words and counts, which a lookup at random then
    // finds in the processor's cache far more often.
    const known = new Uint8Array(words.length)
    words.forEach((word, id) => (known[id] = word === null ? 0 : 1))
    const frequency = new Int32Array(words.length)
    for (let slot = 0; slot < keys.length; slot += 1) {
      if (yieldsAt(slot)) yield
      const from = termStarts[slot] ?? 0
      const to = termStarts[slot + 1] ?? 0
      if (to < from) throw new Error('its document words are cut wrong')
      const key = keys[slot]
      if (key === null) continue
      if (typeof key !== 'string' || index.slotOf.has(key))
        throw new Error(`document ${slot} is missing or listed twice`)
      const run = terms.subarray(from, to)
      if (!countWords(run, known, frequency)) throw new Error(`document ${slot}'s words are wrong`)
      index.slotOf.set(key, slot)
      index.metas[slot] = metaOf(key)
      index.documentTerms[slot] = run
      index.liveCount += 1
      for (let field = 0; field < fields; field += 1) {
        const length = fieldLengths[slot * fields + field] ?? 0
        if (length < 0) throw new Error(`document ${slot}'s lengths are wrong`)
        if (length === 0) continue
        index.fieldTotals[field] = (index.fieldTotals[field] ?? 0) + length
        index.fieldDocuments[field] = (index.fieldDocuments[field] ?? 0) + 1
      }
    }
    index.counters = new Int32Array(Math.max(1024, words.length * 2) * COUNTERS)
    frequency.forEach((documents, id) => (index.counters[id * COUNTERS + DOCUMENTS] = documents))
    index.fieldLengths = FieldLengths.fromSlots(fields, fieldLengths)
    index.nextSlot = keys.length
    for (let slot = keys.length - 1; slot >= 0; slot -= 1) if (keys[slot] === null) index.freeSlots.push(slot)
    return index
  }

  /** Every posting names a document that is there, a field there is, and a count. */
  private *checkPostings(postings: Int32Array, keys: readonly (string | null)[]): Steps<void> {
    const slots = keys.length
    const fields = this.boosts.length
    // Which slots hold a document, as bytes: 3.5 million postings look their slot up at random.
    const taken = new Uint8Array(slots)
    keys.forEach((key, slot) => (taken[slot] = key === null ? 0 : 1))
    // A posting is checked in nanoseconds: far more of them go between two yields, each run of
    // them checked by a plain function, whose loop the engine optimizes better than a generator's.
    for (let from = 0; from < postings.length; from += POSTINGS_PER_STEP) {
      if (!postingsHold(postings, from, Math.min(from + POSTINGS_PER_STEP, postings.length), taken, fields)) {
        throw new Error('a posting is wrong')
      }
      yield
    }
  }

  /**
   * Puts in order, in steps, what the first query and the first save of an index just built would
   * otherwise put in order at once, holding the main process for a few hundred milliseconds at
   * 20,000 items: the postings grouped by word, the words' tree, each document's words sorted.
   * The index answers and takes changes as usual between the steps.
   */
  *preparing(): Steps<void> {
    yield* this.postings.grouping()
    yield* this.vocabulary.makingTree()
    for (let slot = 0; slot < this.nextSlot; slot += 1) {
      if (yieldsAt(slot, 256)) yield
      this.termsOf(slot)
    }
  }

  /** Whether a document with this key is indexed. */
  has(key: string): boolean {
    return this.slotOf.has(key)
  }

  /** The meta of the document with this key, as given when it was added; undefined when not indexed. */
  metaOf(key: string): T | undefined {
    const slot = this.slotOf.get(key)
    return slot === undefined ? undefined : this.metas[slot]
  }

  /** Indexes a document (`texts[field]`), replacing any earlier document with the same key. */
  add(key: string, texts: readonly (string | undefined)[], meta: T): void {
    this.remove(key)
    const slot = this.freeSlots.pop() ?? this.nextSlot++
    if (slot >= MAX_SLOTS) throw new Error('The search index is full.')
    if (slot < this.accepted.length) this.accepted[slot] = 0
    const fieldCount = this.boosts.length
    const terms: number[] = []
    const mark = ++this.additions
    for (let field = 0; field < fieldCount; field += 1) {
      const text = texts[field]
      const length = text ? this.countField(text) : 0
      this.fieldLengths.set(slot, field, length)
      if (length === 0) continue
      this.fieldTotals[field] = (this.fieldTotals[field] ?? 0) + length
      this.fieldDocuments[field] = (this.fieldDocuments[field] ?? 0) + 1
      const fieldBits = (slot << SLOT_SHIFT) | (field << FIELD_SHIFT)
      const counters = this.counters
      for (const id of this.fieldWords) {
        const at = id * COUNTERS
        const count = counters[at + FIELD_COUNT] ?? 0
        counters[at + FIELD_COUNT] = 0
        this.postings.add(id, fieldBits | Math.min(count, MAX_COUNT))
        if (counters[at + LAST_COUNTED] === mark) continue
        counters[at + LAST_COUNTED] = mark
        counters[at + DOCUMENTS] = (counters[at + DOCUMENTS] ?? 0) + 1
        terms.push(id)
      }
    }
    this.documentTerms[slot] = new Int32Array(terms)
    this.unsortedTerms[slot] = true
    this.metas[slot] = meta
    this.slotOf.set(key, slot)
    this.liveCount += 1
  }

  /** Counts each word of a field into `counters`, listing the words in fieldWords; returns the number of words. */
  private countField(text: string): number {
    const { fieldWords } = this
    fieldWords.length = 0
    let total = 0
    forEachWordSpan(text, (start, end, hash) => {
      const id = this.writtenWords.numberOf(text, start, end, hash, this.numberWritten)
      if (id < 0) return
      // Read at each word: numbering a new word may have made the counters longer.
      const counters = this.counters
      const at = id * COUNTERS + FIELD_COUNT
      const count = counters[at] ?? 0
      if (count === 0) fieldWords.push(id)
      counters[at] = count + 1
      total += 1
    })
    return total
  }

  /** Takes a document out; its postings are skipped from now on and dropped at the next vacuum. */
  remove(key: string): void {
    const slot = this.slotOf.get(key)
    if (slot === undefined) return
    this.slotOf.delete(key)
    this.metas[slot] = undefined
    const fieldCount = this.boosts.length
    for (let field = 0; field < fieldCount; field += 1) {
      const length = this.fieldLengths.get(slot, field)
      if (length === 0) continue
      this.fieldTotals[field] = (this.fieldTotals[field] ?? 0) - length
      this.fieldDocuments[field] = (this.fieldDocuments[field] ?? 0) - 1
    }
    const counters = this.counters
    for (const id of this.documentTerms[slot] ?? []) {
      const at = id * COUNTERS + DOCUMENTS
      counters[at] = (counters[at] ?? 1) - 1
    }
    this.documentTerms[slot] = undefined
    this.liveCount -= 1
    this.deadCount += 1
    if (this.deadCount >= Math.max(VACUUM_MIN, this.liveCount * VACUUM_FRACTION)) this.vacuum()
  }

  /** Drops removed documents' postings and forgets words no document has any more. */
  vacuum(): void {
    const left = this.postings.group((posting) => this.metas[posting >>> SLOT_SHIFT] !== undefined)
    left.forEach((count, id) => {
      if (count === 0) this.vocabulary.forget(id)
    })
    this.writtenWords.clear()
    this.freeSlots = []
    for (let slot = this.nextSlot - 1; slot >= 0; slot -= 1) {
      if (this.metas[slot] === undefined) this.freeSlots.push(slot)
    }
    this.deadCount = 0
  }

  /**
   * The best documents for the query words (folded, distinct: see queryWords): those matching
   * every word, or when there are none, those matching some.
   */
  query(words: readonly QueryWord[], options: QueryOptions<T>): QueryAnswer<T> {
    if (this.liveCount === 0) return { hits: [], total: 0 }
    const expansions = words.slice(0, MAX_QUERY_WORDS).flatMap(({ word, prefixOnly }) => {
      const matches = this.vocabulary.expand(word, prefixOnly)
      // A stop-word being typed that starts no known word is left out, as a stop-word is.
      return prefixOnly && matches.size === 0 ? [] : [matches]
    })
    if (expansions.length === 0) return { hits: [], total: 0 }
    this.ensureScratch()
    try {
      expansions.forEach((matches, index) => {
        for (const [id, weight] of matches) this.accumulate(id, weight, 1 << index)
      })
      const { top, total } = this.best(expansions.length, options)
      // Highlighting terms are worked out for the hits returned only, never for every match.
      return {
        hits: top.map(({ slot, score }) => this.hit(slot, score, options.terms === false ? [] : expansions)),
        total
      }
    } finally {
      for (let index = 0; index < this.touchedCount; index += 1) {
        const slot = this.touched[index] ?? 0
        this.scores[slot] = 0
        this.wordMasks[slot] = 0
        this.fieldMasks[slot] = 0
      }
      this.touchedCount = 0
    }
  }

  private accumulate(id: number, weight: number, bit: number): void {
    const frequency = this.counters[id * COUNTERS + DOCUMENTS] ?? 0
    if (frequency === 0) return
    const count = this.liveCount
    const idf = Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5))
    const factors = this.boosts.map((boost) => weight * boost * idf)
    const lengthFactors = this.boosts.map((_, field) => {
      const documents = this.fieldDocuments[field] ?? 0
      const average = documents > 0 ? (this.fieldTotals[field] ?? 0) / documents : 1
      return (BM25.k * BM25.b) / average
    })
    const constant = BM25.k * (1 - BM25.b)
    const { scores, wordMasks, fieldMasks, metas, touched } = this
    const lengths = this.fieldLengths.columns()
    for (const list of this.postings.of(id)) {
      for (let index = 0; index < list.length; index += 1) {
        const posting = list[index] ?? 0
        const slot = posting >>> SLOT_SHIFT
        if (metas[slot] === undefined) continue
        const field = (posting >>> FIELD_SHIFT) & (MAX_FIELDS - 1)
        const frequencyInField = posting & MAX_COUNT
        const length = lengths[field]?.[slot] ?? 0
        const saturation =
          (frequencyInField * (BM25.k + 1)) / (frequencyInField + constant + (lengthFactors[field] ?? 0) * length)
        if (wordMasks[slot] === 0) touched[this.touchedCount++] = slot
        scores[slot] = (scores[slot] ?? 0) + (factors[field] ?? 0) * (BM25.d + saturation)
        wordMasks[slot] = (wordMasks[slot] ?? 0) | bit
        fieldMasks[slot] = (fieldMasks[slot] ?? 0) | (1 << field)
      }
    }
  }

  // Documents matching every word, scored times the number of words; failing any, documents
  // matching some, scored times the number they match, so more words matched rank first.
  // Every accepted match is counted, only the best `limit` are kept.
  private best(wordCount: number, options: QueryOptions<T>): { top: { slot: number; score: number }[]; total: number } {
    const { accept, limit } = options
    const touched = this.touched.subarray(0, this.touchedCount)
    const allWords = (1 << wordCount) - 1
    const known = accept !== undefined && options.acceptKey !== undefined ? this.acceptedFor(options.acceptKey) : null
    const accepted = (slot: number): boolean => {
      const meta = this.metas[slot]
      if (meta === undefined) return false
      if (accept === undefined) return true
      if (known === null) return accept(meta)
      const answer = known[slot]
      if (answer !== 0) return answer === ACCEPTED
      const yes = accept(meta)
      known[slot] = yes ? ACCEPTED : REFUSED
      return yes
    }
    const all = new TopHits(limit)
    let total = 0
    for (const slot of touched) {
      if (this.wordMasks[slot] !== allWords || !accepted(slot)) continue
      total += 1
      all.offer(slot, (this.scores[slot] ?? 0) * wordCount)
    }
    if (total > 0 || wordCount === 1) return { top: all.sorted(), total }
    const some = new TopHits(limit)
    for (const slot of touched) {
      if (!accepted(slot)) continue
      total += 1
      some.offer(slot, (this.scores[slot] ?? 0) * bitCount(this.wordMasks[slot] ?? 0))
    }
    return { top: some.sorted(), total }
  }

  private hit(slot: number, score: number, expansions: Map<number, number>[]): RawHit<T> {
    const documentTerms = this.termsOf(slot)
    const terms = new Set<string>()
    for (const matches of expansions) {
      // The shorter side is walked: a two-letter prefix stands for thousands of words (1,933 for
      // "mi" at 20,000 items), where a document holds a few hundred.
      if (matches.size > documentTerms.length) {
        for (const id of documentTerms) if (matches.has(id)) terms.add(this.vocabulary.word(id))
      } else {
        for (const id of matches.keys()) if (contains(documentTerms, id)) terms.add(this.vocabulary.word(id))
      }
    }
    const mask = this.fieldMasks[slot] ?? 0
    const fields: number[] = []
    for (let field = 0; field < this.boosts.length; field += 1) if (mask & (1 << field)) fields.push(field)
    return { meta: this.metas[slot] as T, score, terms: [...terms], fields }
  }

  /** A document's word numbers in order (empty for a free slot), sorted now if they are not yet. */
  private termsOf(slot: number): Int32Array {
    const terms = this.documentTerms[slot]
    if (terms === undefined) return NO_TERMS
    if (this.unsortedTerms[slot] === true) {
      terms.sort()
      this.unsortedTerms[slot] = false
    }
    return terms
  }

  private termId(word: string): number {
    let id = this.vocabulary.idOf(word)
    if (id !== undefined) return id
    id = this.vocabulary.add(word)
    const at = id * COUNTERS
    if (at + COUNTERS > this.counters.length) {
      const longer = new Int32Array(Math.max(this.counters.length * 2, at + COUNTERS))
      longer.set(this.counters)
      this.counters = longer
    }
    // A number given back (vacuum) and given again starts from nothing.
    this.counters.fill(0, at, at + COUNTERS)
    return id
  }

  private ensureScratch(): void {
    if (this.scores.length >= this.nextSlot) return
    const size = Math.max(1024, this.nextSlot * 2)
    this.scores = new Float64Array(size)
    this.wordMasks = new Int32Array(size)
    this.fieldMasks = new Int32Array(size)
    this.touched = new Int32Array(size)
  }

  /** The answers kept for `key`, sized for every slot; forgotten when the key changes. */
  private acceptedFor(key: string): Uint8Array {
    if (this.accepted.length < this.nextSlot) {
      this.accepted = new Uint8Array(Math.max(1024, this.nextSlot * 2))
      this.acceptedKey = null
    }
    if (this.acceptedKey !== key) {
      this.accepted.fill(0)
      this.acceptedKey = key
    }
    return this.accepted
  }
}

function bitCount(mask: number): number {
  let count = 0
  for (let rest = mask; rest !== 0; rest &= rest - 1) count += 1
  return count
}

function contains(sorted: Int32Array, value: number): boolean {
  let low = 0
  let high = sorted.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const found = sorted[middle] ?? 0
    if (found === value) return true
    if (found < value) low = middle + 1
    else high = middle - 1
  }
  return false
}

const POSTINGS_PER_STEP = 1 << 16

/** Whether each of postings[from, to) names a slot `taken` marks, a field below `fields`, and a count. */
function postingsHold(postings: Int32Array, from: number, to: number, taken: Uint8Array, fields: number): boolean {
  for (let index = from; index < to; index += 1) {
    const posting = postings[index] ?? 0
    const slot = posting >>> SLOT_SHIFT
    const field = (posting >>> FIELD_SHIFT) & (MAX_FIELDS - 1)
    if (taken[slot] !== 1 || field >= fields || (posting & MAX_COUNT) === 0) return false
  }
  return true
}

/** Counts each of a document's words in `frequency`; false when one is not `known` or they are not in order. */
function countWords(run: Int32Array, known: Uint8Array, frequency: Int32Array): boolean {
  let previous = -1
  for (let at = 0; at < run.length; at += 1) {
    const word = run[at] ?? -1
    if (known[word] !== 1 || word <= previous) return false
    frequency[word] = (frequency[word] ?? 0) + 1
    previous = word
  }
  return true
}
