import { runAtOnce } from './steps'
import type { Steps } from './steps'

// Where each word occurs: for each word number, its postings (integers the index packs). Building
// the index of a 20,000-item library adds about 3.5 million of them across some 50,000 words; a
// growing array per word made nearly every addition a cache miss (1.1 s of a 3 s build). So
// additions are appended to one log, in order, and grouped by word in two passes (tens of
// milliseconds for the whole library) once the log is long. Postings added since, by edits, are
// read from the log through a map by word, made when a read needs it.

// Postings in the log past which a read groups everything first.
const GROUP_AT = 1 << 16
const INITIAL_LOG = 1 << 12
// Postings grouped between two steps of a grouping in steps: a few milliseconds of work.
const POSTINGS_PER_STEP = 1 << 16
const KEEP_ALL = (): boolean => true

export class Postings {
  // The grouped postings: those of word w are grouped[starts[w] .. starts[w + 1]).
  private grouped: Int32Array<ArrayBufferLike> = new Int32Array(0)
  private starts: Int32Array<ArrayBufferLike> = new Int32Array(1)
  // Pairs (word, posting) added since the last grouping, and the same by word once a read asked.
  private log = new Int32Array(INITIAL_LOG)
  private logLength = 0
  private recent: Map<number, number[]> | null = null
  // Counts the groupings done, so that one in steps knows when another was done meanwhile.
  private generation = 0

  /** Every posting, grouped: word w's are postings[starts[w] .. starts[w + 1]). */
  state(): { postings: Int32Array; starts: Int32Array } {
    if (this.logLength > 0) this.group()
    return { postings: this.grouped, starts: this.starts }
  }

  /** The postings `state` gave; throws when the starts do not divide them. */
  static fromState(postings: Int32Array, starts: Int32Array): Postings {
    if (!(postings instanceof Int32Array) || !(starts instanceof Int32Array) || starts.length < 1) {
      throw new Error('the postings are not lists of integers')
    }
    if (starts[0] !== 0 || starts[starts.length - 1] !== postings.length) throw new Error('the postings are cut wrong')
    for (let word = 0; word + 1 < starts.length; word += 1) {
      if ((starts[word + 1] ?? 0) < (starts[word] ?? 0)) throw new Error('the postings are cut wrong')
    }
    const restored = new Postings()
    restored.grouped = postings
    restored.starts = starts
    return restored
  }

  /** Adds a posting of a word. */
  add(word: number, posting: number): void {
    if (this.logLength + 2 > this.log.length) {
      const longer = new Int32Array(this.log.length * 2)
      longer.set(this.log)
      this.log = longer
    }
    this.log[this.logLength++] = word
    this.log[this.logLength++] = posting
    this.recent = null
  }

  /** The postings of a word, in two runs: those grouped, then those added since. */
  of(word: number): [Int32Array, readonly number[]] {
    if (this.logLength > GROUP_AT * 2) this.group()
    const inGroup = word + 1 < this.starts.length
    const from = inGroup ? (this.starts[word] ?? 0) : 0
    const to = inGroup ? (this.starts[word + 1] ?? 0) : 0
    return [this.grouped.subarray(from, to), this.recentByWord().get(word) ?? []]
  }

  /**
   * Groups every posting by word, dropping those `keep` refuses; gives how many postings each
   * word has left, by word number.
   */
  group(keep: (posting: number) => boolean = KEEP_ALL): Int32Array {
    // Nothing else runs until it is done, so nothing can group in its stead.
    return runAtOnce(this.grouping(keep)) as Int32Array
  }

  /**
   * `group`, in steps of a few milliseconds (steps.ts), so that grouping the 3.5 million postings
   * of a library just built does not hold the main process. Postings added between two steps stay
   * in the log. Gives null, and changes nothing, when the postings were grouped at once meanwhile
   * (a read that could not wait): that grouping stands.
   */
  *grouping(keep: (posting: number) => boolean = KEEP_ALL): Steps<Int32Array | null> {
    const { grouped, starts, log, logLength, generation } = this
    const words = wordLimit(starts, log, logLength)
    const total = grouped.length + logLength / 2
    // counts[w + 1] is how many postings word w keeps; summed, counts[w] is where they start.
    const counts = new Int32Array(words + 1)
    for (let from = 0; from < total; from += POSTINGS_PER_STEP) {
      visitPostings(grouped, starts, log, from, Math.min(total, from + POSTINGS_PER_STEP), (word, posting) => {
        if (keep(posting)) counts[word + 1] = (counts[word + 1] ?? 0) + 1
      })
      yield
    }
    const perWord = counts.slice(1)
    for (let word = 0; word < words; word += 1) counts[word + 1] = (counts[word + 1] ?? 0) + (counts[word] ?? 0)
    const next = counts.slice(0, words)
    const regrouped = new Int32Array(counts[words] ?? 0)
    for (let from = 0; from < total; from += POSTINGS_PER_STEP) {
      visitPostings(grouped, starts, log, from, Math.min(total, from + POSTINGS_PER_STEP), (word, posting) => {
        if (!keep(posting)) return
        const at = next[word] ?? 0
        regrouped[at] = posting
        next[word] = at + 1
      })
      yield
    }
    if (this.generation !== generation) return null
    // Read from the log as it is now: adding to it may have moved it to a longer array, with the
    // postings this grouping read left as they were.
    const addedMeanwhile = this.log.slice(logLength, this.logLength)
    this.grouped = regrouped
    this.starts = counts
    this.log = new Int32Array(Math.max(INITIAL_LOG, addedMeanwhile.length * 2))
    this.log.set(addedMeanwhile)
    this.logLength = addedMeanwhile.length
    this.recent = null
    this.generation += 1
    return perWord
  }

  private recentByWord(): Map<number, number[]> {
    if (this.recent === null) {
      const recent = new Map<number, number[]>()
      for (let index = 0; index < this.logLength; index += 2) {
        const word = this.log[index] ?? 0
        const list = recent.get(word)
        if (list) list.push(this.log[index + 1] ?? 0)
        else recent.set(word, [this.log[index + 1] ?? 0])
      }
      this.recent = recent
    }
    return this.recent
  }
}

/** One more than the highest word number with postings. */
function wordLimit(starts: Int32Array, log: Int32Array, logLength: number): number {
  let words = starts.length - 1
  for (let index = 0; index < logLength; index += 2) words = Math.max(words, (log[index] ?? 0) + 1)
  return words
}

/**
 * Visits postings [from, to) of all of them in order: the grouped ones word by word, then the
 * log's in the order they were added.
 */
function visitPostings(
  grouped: Int32Array,
  starts: Int32Array,
  log: Int32Array,
  from: number,
  to: number,
  visit: (word: number, posting: number) => void
): void {
  const groupedEnd = Math.min(to, grouped.length)
  if (from < groupedEnd) {
    let word = wordHolding(starts, from)
    for (let index = from; index < groupedEnd; index += 1) {
      while ((starts[word + 1] ?? 0) <= index) word += 1
      visit(word, grouped[index] ?? 0)
    }
  }
  for (let index = Math.max(from, grouped.length); index < to; index += 1) {
    const at = (index - grouped.length) * 2
    visit(log[at] ?? 0, log[at + 1] ?? 0)
  }
}

/** The word whose grouped postings hold the one at `index`: the last word starting at or before it. */
function wordHolding(starts: Int32Array, index: number): number {
  let low = 0
  let high = starts.length - 2
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((starts[middle] ?? 0) <= index) low = middle
    else high = middle - 1
  }
  return low
}
