import { randomUUID } from 'node:crypto'

// The one id generator: readable ids from a title where a person will see them (library items),
// random ones elsewhere. Both fit idSchema (lowercase letters, digits, dashes; at most 80).

const MAX_SLUG = 48

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '')
}

/** `prefix-words-of-the-title`, with -2, -3... when taken; a random tail when the title has no letters. */
export function readableId(prefix: string, title: string, isTaken: (id: string) => boolean): string {
  const words = slug(title)
  const base = words ? `${prefix}-${words}` : randomId(prefix)
  if (!isTaken(base)) return base
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`
    if (!isTaken(candidate)) return candidate
  }
}

/** `prefix-` and twelve random hex digits. */
export function randomId(prefix: string): string {
  return `${prefix}-${randomUUID().replace(/-/g, '').slice(0, 12)}`
}
