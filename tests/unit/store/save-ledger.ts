import type { LibraryKind } from '@shared/entities'
import type { Store } from '../../../src/main/store/index'

// What a workload asked the store to save, and which saves the store acknowledged. After a
// crash and a new open, every key must hold its last acknowledged value, or the value of a save
// made after it that had not answered yet (it may have reached the disk just before the cut).
// A batch that had not answered must be there whole or not at all.

/** A key names one saved thing: `keyMessage:km-1`, `brief:b-1`, `package:p-1`, `settings:author`. */
export type Key = string
/** The value a key is compared by (a title the workload makes unique per save), null when absent. */
export type Marker = string | null

interface Save {
  changes: Map<Key, Marker>
  state: 'waiting' | 'acknowledged' | 'failed'
}

export class SaveLedger {
  private readonly saves: Save[] = []
  private readonly waiting: Promise<unknown>[] = []

  /** Records a save of these keys; its promise is returned unchanged. */
  track<T>(changes: Record<Key, Marker>, promise: Promise<T>): Promise<T> {
    const save: Save = { changes: new Map(Object.entries(changes)), state: 'waiting' }
    this.saves.push(save)
    const settled = promise.then(
      (value) => {
        save.state = 'acknowledged'
        return value
      },
      (error: unknown) => {
        save.state = 'failed'
        throw error
      }
    )
    this.waiting.push(settled.catch(() => undefined))
    return settled
  }

  /** Resolves once every tracked save has answered. */
  async settled(): Promise<void> {
    await Promise.all(this.waiting)
  }

  get acknowledged(): number {
    return this.saves.filter((save) => save.state === 'acknowledged').length
  }

  /** Every way the reopened store breaks the rules, in words; empty when it keeps them. */
  problems(read: (key: Key) => Marker, initial: (key: Key) => Marker): string[] {
    const problems: string[] = []
    const keys = new Set(this.saves.flatMap((save) => [...save.changes.keys()]))
    for (const key of keys) {
      const touching = this.saves.filter((save) => save.changes.has(key))
      const last = touching.map((save) => save.state).lastIndexOf('acknowledged')
      const allowed = new Set<Marker>(last === -1 ? [initial(key)] : [])
      for (const save of touching.slice(Math.max(last, 0))) allowed.add(save.changes.get(key)!)
      const actual = read(key)
      if (!allowed.has(actual)) {
        problems.push(`${key} is ${JSON.stringify(actual)}; allowed: ${JSON.stringify([...allowed])}`)
      }
    }
    for (const [index, save] of this.saves.entries()) {
      if (save.changes.size < 2 || save.state === 'acknowledged') continue
      // Only keys no later save touched can show whether this batch landed.
      const later = this.saves.slice(index + 1)
      const telling = [...save.changes].filter(([key]) => !later.some((other) => other.changes.has(key)))
      const landed = telling.filter(([key, marker]) => read(key) === marker).length
      if (landed !== 0 && landed !== telling.length) {
        problems.push(`batch ${index} landed in part: ${landed} of ${telling.length} keys`)
      }
    }
    return problems
  }
}

/** Reads a key's marker from a store: the English title (or name, or author) that the workload set. */
export function readMarker(store: Store, key: Key): Marker {
  const [kind = '', id = ''] = key.split(':')
  switch (kind) {
    case 'brief':
      return store.briefs.get(id)?.title.en ?? null
    case 'package':
      return store.packages.get(id)?.name.en ?? null
    case 'settings':
      return store.settings.get().author ?? null
    case 'partner':
      return store.library.get('partner', id)?.name.en ?? null
    default: {
      const item = store.library.get(kind as Exclude<LibraryKind, 'partner'>, id)
      return item?.title.en ?? null
    }
  }
}
