/**
 * Keeps the `limit` best-scoring slots seen, without sorting every candidate: a query can match
 * all 20,000 items while the user sees fifty. Equal scores keep the earlier-indexed item first.
 */
export class TopHits {
  // A min-heap: the root is the worst hit kept, the first to give way to a better one.
  private readonly slots: number[] = []
  private readonly scores: number[] = []

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.slots.length
  }

  /** Offers one candidate. */
  offer(slot: number, score: number): void {
    const size = this.slots.length
    if (size < this.limit) {
      this.slots.push(slot)
      this.scores.push(score)
      this.siftUp(size)
    } else if (size > 0 && worse(this.scores[0] ?? 0, this.slots[0] ?? 0, score, slot)) {
      this.slots[0] = slot
      this.scores[0] = score
      this.siftDown(0)
    }
  }

  /** The kept slots and scores, best first. */
  sorted(): { slot: number; score: number }[] {
    return this.slots
      .map((slot, index) => ({ slot, score: this.scores[index] ?? 0 }))
      .sort((a, b) => (worse(a.score, a.slot, b.score, b.slot) ? 1 : -1))
  }

  private isWorse(a: number, b: number): boolean {
    return worse(this.scores[a] ?? 0, this.slots[a] ?? 0, this.scores[b] ?? 0, this.slots[b] ?? 0)
  }

  private siftUp(start: number): void {
    let index = start
    while (index > 0) {
      const parent = (index - 1) >> 1
      if (!this.isWorse(index, parent)) return
      this.swap(index, parent)
      index = parent
    }
  }

  private siftDown(start: number): void {
    const size = this.slots.length
    let index = start
    for (;;) {
      const left = 2 * index + 1
      const right = left + 1
      let worst = index
      if (left < size && this.isWorse(left, worst)) worst = left
      if (right < size && this.isWorse(right, worst)) worst = right
      if (worst === index) return
      this.swap(index, worst)
      index = worst
    }
  }

  private swap(a: number, b: number): void {
    const slot = this.slots[a] ?? 0
    const score = this.scores[a] ?? 0
    this.slots[a] = this.slots[b] ?? 0
    this.scores[a] = this.scores[b] ?? 0
    this.slots[b] = slot
    this.scores[b] = score
  }
}

/** True when hit A ranks below hit B: a lower score, or the same score and indexed later. */
function worse(scoreA: number, slotA: number, scoreB: number, slotB: number): boolean {
  return scoreA < scoreB || (scoreA === scoreB && slotA > slotB)
}
