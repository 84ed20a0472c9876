import { diffWords } from 'diff'

/** A run of text that both versions share, or that one of them added or removed. */
export interface DiffPart {
  text: string
  change: 'same' | 'added' | 'removed'
}

/** Word-level differences from `before` to `after`, in reading order. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    text: change.value,
    change: change.added ? 'added' : change.removed ? 'removed' : 'same'
  }))
}

/** True when the parts hold any change at all. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.change !== 'same')
}
