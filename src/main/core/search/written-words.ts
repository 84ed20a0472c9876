// Each word as the library writes it (`Asile`, `réfugiés`, `asylum`), to its number in the index:
// a library writes a few tens of thousands of distinct words millions of times. A map of strings
// meant cutting every occurrence out of its text and hashing it again; this table is looked up
// with the place of the word in its text and the hash the scan worked out (forEachWordSpan), and
// cuts a word out only the first time it is met.

const INITIAL_SIZE = 1 << 12
// Slots a lookup tries before it gives up on the table for that word: text from outside (a Word
// document, a bundle) could be written so that thousands of words share a hash, and each lookup
// would then walk them all. Past this many, the word is kept in a map of strings instead.
const MAX_PROBES = 32

export class WrittenWords {
  // Open addressing, two integers a slot, side by side so that a probe reads one cache line:
  // the entry's index plus one (0 for an empty slot), and its hash.
  private slots = new Int32Array(INITIAL_SIZE * 2)
  private written: string[] = []
  private numbers: number[] = []
  private readonly crowded = new Map<string, number>()

  /**
   * The number of the word at text[start, end), whose hash is `hash`; the first time, `number`
   * gives it from the word as written, and it is kept. `number` must give a word the same number
   * each time (the index's does, through its vocabulary): a word kept aside in the map may find
   * room in the table once it has grown, and be numbered there again.
   */
  numberOf(text: string, start: number, end: number, hash: number, number: (written: string) => number): number {
    const mask = this.slots.length / 2 - 1
    let slot = hash & mask
    for (let probe = 0; probe < MAX_PROBES; probe += 1, slot = (slot + 1) & mask) {
      const entry = this.slots[slot * 2] ?? 0
      if (entry === 0) return this.insert(slot, hash, text.slice(start, end), number)
      if (this.slots[slot * 2 + 1] === hash && sameText(this.written[entry - 1] ?? '', text, start, end)) {
        return this.numbers[entry - 1] ?? -1
      }
    }
    const word = text.slice(start, end)
    let found = this.crowded.get(word)
    if (found === undefined) {
      found = number(word)
      this.crowded.set(word, found)
    }
    return found
  }

  /** Forgets every word, when the index gives numbers back. */
  clear(): void {
    this.slots = new Int32Array(INITIAL_SIZE * 2)
    this.written = []
    this.numbers = []
    this.crowded.clear()
  }

  private insert(slot: number, hash: number, word: string, number: (written: string) => number): number {
    const value = number(word)
    this.written.push(word)
    this.numbers.push(value)
    this.slots[slot * 2] = this.written.length
    this.slots[slot * 2 + 1] = hash
    // Kept at most half full, so a lookup finds its word or an empty slot within a few steps.
    if (this.written.length * 4 > this.slots.length) this.grow()
    return value
  }

  private grow(): void {
    const old = this.slots
    this.slots = new Int32Array(old.length * 2)
    const mask = this.slots.length / 2 - 1
    for (let index = 0; index < old.length; index += 2) {
      const entry = old[index] ?? 0
      if (entry === 0) continue
      const hash = old[index + 1] ?? 0
      let slot = hash & mask
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & mask
      this.slots[slot * 2] = entry
      this.slots[slot * 2 + 1] = hash
    }
  }
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let index = 0; index < word.length; index += 1) {
    if (word.charCodeAt(index) !== text.charCodeAt(start + index)) return false
  }
  return true
}
