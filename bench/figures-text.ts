import type { Figure } from './measure'

// Figures sent from one bench process to another as JSON, with a missing value (NaN, a walk
// that took no sample) kept as NaN rather than turned into null.

const MISSING = 'NaN'

export function figuresText(figures: Figure[]): string {
  return JSON.stringify(figures, (_key, value: unknown) => (Number.isNaN(value) ? MISSING : value))
}

export function figuresFrom(text: string): Figure[] {
  return JSON.parse(text, (key, value: unknown) =>
    key === 'value' && value === MISSING ? Number.NaN : value
  ) as Figure[]
}
