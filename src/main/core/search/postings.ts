// Where each word occurs: for each word number, its postings (integers the index packs). Building
// the index of a 20,000-item library adds about 3.5 million of them across some 50,000 words; a
// growing array per word made nearly every addition a cache miss (1.1 s of a 3 s build). So
// additions are appended to one log, in order, and grouped by word in two passes (tens of
// milliseconds for the whole library) once the log is long. Postings added since, by edits, are
// read from the log through a map by word, made when a read needs it.

// Postings in the log past which a read groups everything first.
const GROUP_AT = 1 << 16
const INITIAL_LOG = 1 << 12

export class Postings {
  // The grouped postings: those of word w are grouped[starts[w] .. starts[w + 1]).
  private grouped: Int32Array<ArrayBufferLike> = new Int32Array(0)
  private starts: Int32Array<ArrayBufferLike> = new Int32Array(1)
  // Pairs (word, posting) added since the last grouping, and the same by word once a read asked.
  private log = new Int32Array(INITIAL_LOG)
  private logLength = 0
  private recent: Map<number, number[]> | null = null

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
  group(keep: (posting: number) => boolean = () => true): Int32Array {
    const words = this.wordLimit()
    // counts[w + 1] is how many postings word w keeps; summed, counts[w] is where they start.
    const counts = new Int32Array(words + 1)
    this.forEachPosting((word, posting) => {
      if (keep(posting)) counts[word + 1] = (counts[word + 1] ?? 0) + 1
    })
    const perWord = counts.slice(1)
    for (let word = 0; word < words; word += 1) counts[word + 1] = (counts[word + 1] ?? 0) + (counts[word] ?? 0)
    const next = counts.slice(0, words)
    const regrouped = new Int32Array(counts[words] ?? 0)
    this.forEachPosting((word, posting) => {
      if (!keep(posting)) return
      const at = next[word] ?? 0
      regrouped[at] = posting
      next[word] = at + 1
    })
    this.grouped = regrouped
    this.starts = counts
    this.log = new Int32Array(INITIAL_LOG)
    this.logLength = 0
    this.recent = null
    return perWord
  }

  /** One more than the highest word number with postings. */
  private wordLimit(): number {
    let words = this.starts.length - 1
    for (let index = 0; index < this.logLength; index += 2) words = Math.max(words, (this.log[index] ?? 0) + 1)
    return words
  }

  /** Every posting, grouped ones first, each word's in the order they were added. */
  private forEachPosting(visit: (word: number, posting: number) => void): void {
    const { grouped, starts, log, logLength } = this
    for (let word = 0; word + 1 < starts.length; word += 1) {
      const end = starts[word + 1] ?? 0
      for (let index = starts[word] ?? 0; index < end; index += 1) visit(word, grouped[index] ?? 0)
    }
    for (let index = 0; index < logLength; index += 2) visit(log[index] ?? 0, log[index + 1] ?? 0)
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
