// Helpers for the catalog tests: flatten nested catalogs and reason about plural forms.

export type Catalog = { [key: string]: string | Catalog }

/** Every leaf of a nested catalog as `dotted.key -> value` (non-string leaves are kept to be reported). */
export function flatten(catalog: Catalog, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>()
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix === '' ? key : `${prefix}.${key}`
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [innerKey, innerValue] of flatten(value, path)) flat.set(innerKey, innerValue)
    } else {
      flat.set(path, value)
    }
  }
  return flat
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

/** The key without its i18next plural suffix (`library.count.partner_one` -> `library.count.partner`). */
export function pluralBase(key: string): string {
  return key.replace(PLURAL_SUFFIX, '')
}

/** The plural category of a key, or undefined when it is not a plural form. */
export function pluralCategory(key: string): string | undefined {
  return PLURAL_SUFFIX.exec(key)?.[1]
}

/** Keys as a translator sees them: plural forms folded into their base key. */
export function baseKeys(flat: Map<string, unknown>): Set<string> {
  return new Set([...flat.keys()].map(pluralBase))
}

/** The {{placeholders}} a translation uses, sorted, without format options. */
export function placeholders(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*-?\s*([\w.-]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1] ?? '')
  return [...new Set(names)].sort()
}

/** True when the catalog has `key` as a plain key or as a plural base. */
export function hasKey(flat: Map<string, unknown>, key: string): boolean {
  return flat.has(key) || [...flat.keys()].some((each) => pluralBase(each) === key && pluralCategory(each))
}
