// Each word as the library writes it (`Asile`, `réfugiés`, `asylum`), to its number in the index:
// a library writes a few tens of thousands of distinct words millions of times. A map of strings
// meant cutting every occurrence out of its text and hashing it again; this table is looked up
// with the place of the word in its text and the hash the scan worked out (forEachWordSpan), and
// cuts a word out only the first time it is met.
//
// Half the words of a text are rare ones (Zipf's law), so most lookups land on a part of the
// table no earlier lookup brought into the processor's cache. Each slot therefore holds all a
// lookup needs (hash, number, where the word's letters are), and the letters of every word sit
// side by side in one pool: a lookup reads two places in memory, not a slot, a list of strings,
// a string and a list of numbers (a quarter of the index build went to those reads).

const INITIAL_SLOTS = 1 << 12
// A slot is four integers: the hash; the word's number plus two (0 for an empty slot, and the
// number of a stop-word is -1); where its letters start in the pool; how many there are.
const SLOT_INTS = 4
const INITIAL_POOL = 1 << 14
// Slots a lookup tries before it gives up on the table for that word: text from outside (a Word
// document, a bundle) could be written so that thousands of words share a hash, and each lookup
// would then walk them all. Past this many, the word is kept in a map of strings instead.
const MAX_PROBES = 32

export class WrittenWords {
  private slots = new Int32Array(INITIAL_SLOTS * SLOT_INTS)
  private pool = new Uint16Array(INITIAL_POOL)
  private poolLength = 0
  private count = 0
  private readonly crowded = new Map<string, number>()

  /**
   * The number of the word at text[start, end), whose hash is `hash`; the first time, `number`
   * gives it from the word as written, and it is kept. `number` must give a word the same number
   * each time (the index's does, through its vocabulary): a word kept aside in the map may find
   * room in the table once it has grown, and be numbered there again.
   */
  numberOf(text: string, start: number, end: number, hash: number, number: (written: string) => number): number {
    const { slots, pool } = this
    const mask = (slots.length >> 2) - 1
    const length = end - start
    let slot = hash & mask
    for (let probe = 0; probe < MAX_PROBES; probe += 1, slot = (slot + 1) & mask) {
      const at = slot * SLOT_INTS
      const numbered = slots[at + 1] ?? 0
      if (numbered === 0) return this.insert(at, hash, text, start, end, number)
      if (slots[at] !== hash || slots[at + 3] !== length) continue
      const from = slots[at + 2] ?? 0
      let same = true
      for (let index = 0; index < length; index += 1) {
        if (pool[from + index] !== text.charCodeAt(start + index)) {
          same = false
          break
        }
      }
      if (same) return numbered - 2
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
    this.slots = new Int32Array(INITIAL_SLOTS * SLOT_INTS)
    this.pool = new Uint16Array(INITIAL_POOL)
    this.poolLength = 0
    this.count = 0
    this.crowded.clear()
  }

  private insert(
    at: number,
    hash: number,
    text: string,
    start: number,
    end: number,
    number: (written: string) => number
  ): number {
    const value = number(text.slice(start, end))
    const length = end - start
    if (this.poolLength + length > this.pool.length) {
      const larger = new Uint16Array(Math.max(this.pool.length * 2, this.poolLength + length))
      larger.set(this.pool)
      this.pool = larger
    }
    const from = this.poolLength
    for (let index = 0; index < length; index += 1) this.pool[from + index] = text.charCodeAt(start + index)
    this.poolLength += length
    this.slots[at] = hash
    this.slots[at + 1] = value + 2
    this.slots[at + 2] = from
    this.slots[at + 3] = length
    this.count += 1
    // Kept at most half full, so a lookup finds its word or an empty slot within a few steps.
    if (this.count * 2 > this.slots.length / SLOT_INTS) this.grow()
    return value
  }

  private grow(): void {
    const old = this.slots
    this.slots = new Int32Array(old.length * 2)
    const mask = (this.slots.length >> 2) - 1
    for (let index = 0; index < old.length; index += SLOT_INTS) {
      if (old[index + 1] === 0) continue
      let slot = (old[index] ?? 0) & mask
      while (this.slots[slot * SLOT_INTS + 1] !== 0) slot = (slot + 1) & mask
      this.slots.set(old.subarray(index, index + SLOT_INTS), slot * SLOT_INTS)
    }
  }
}
