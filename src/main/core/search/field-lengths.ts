// How many words each document has in each field, which scoring reads for every posting. A query
// reads them one word at a time, and a word's postings come in slot order, mostly in one or two
// fields: kept field by field, the lengths it reads next sit beside those it just read. Kept as
// one list by slot (slot * fields + field), every posting of a two-letter prefix (160,000 at
// 20,000 items) read a line of memory of its own: half of that query's scoring time.

const INITIAL_SLOTS = 1024

export class FieldLengths {
  private byField: Int32Array[]

  constructor(private readonly fields: number) {
    this.byField = Array.from({ length: fields }, () => new Int32Array(INITIAL_SLOTS))
  }

  /** The lengths in `lengths[slot * fields + field]`, as `bySlot` gives them. */
  static fromSlots(fields: number, lengths: Int32Array): FieldLengths {
    const read = new FieldLengths(fields)
    const slots = Math.floor(lengths.length / fields)
    read.makeRoom(slots)
    read.byField.forEach((column, field) => {
      for (let slot = 0; slot < slots; slot += 1) column[slot] = lengths[slot * fields + field] ?? 0
    })
    return read
  }

  /** The lengths of slots 0 to `slots` (excluded), in `lengths[slot * fields + field]`. */
  bySlot(slots: number): Int32Array {
    const lengths = new Int32Array(slots * this.fields)
    this.byField.forEach((column, field) => {
      const known = Math.min(slots, column.length)
      for (let slot = 0; slot < known; slot += 1) lengths[slot * this.fields + field] = column[slot] ?? 0
    })
    return lengths
  }

  get(slot: number, field: number): number {
    return this.byField[field]?.[slot] ?? 0
  }

  set(slot: number, field: number, length: number): void {
    this.makeRoom(slot + 1)
    const column = this.byField[field]
    if (column !== undefined) column[slot] = length
  }

  /** Each field's lengths by slot, for a loop that reads many; valid until the next `set`. */
  columns(): readonly Int32Array[] {
    return this.byField
  }

  private makeRoom(slots: number): void {
    const capacity = this.byField[0]?.length ?? 0
    if (slots <= capacity) return
    const larger = Math.max(slots, capacity * 2)
    this.byField = this.byField.map((column) => {
      const grown = new Int32Array(larger)
      grown.set(column)
      return grown
    })
  }
}
