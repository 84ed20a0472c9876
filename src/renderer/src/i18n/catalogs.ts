import en from './en.json'
import fr from './fr.json'

/** A catalog: nested keys with strings at the leaves. */
export type Catalog = { [key: string]: string | Catalog }

// Each feature may keep its strings in its own pair of files (features/<name>.en.json and
// .fr.json) so that features evolve without editing one shared file. They merge into one
// catalog per language; a key defined twice is a mistake and stops the app at start.
const featureFiles = import.meta.glob<Catalog>('./features/*.json', { eager: true, import: 'default' })

function merge(target: Catalog, source: Catalog, file: string, path = ''): Catalog {
  for (const [key, value] of Object.entries(source)) {
    const where = path === '' ? key : `${path}.${key}`
    const existing = target[key]
    if (existing === undefined) target[key] = typeof value === 'string' ? value : merge({}, value, file, where)
    else if (typeof existing === 'string' || typeof value === 'string') {
      throw new Error(`The translation key "${where}" in ${file} is already defined elsewhere.`)
    } else merge(existing, value, file, where)
  }
  return target
}

function catalogFor(language: 'en' | 'fr', base: Catalog): Catalog {
  const catalog = merge({}, base, `${language}.json`)
  for (const [file, content] of Object.entries(featureFiles)) {
    if (file.endsWith(`.${language}.json`)) merge(catalog, content, file)
  }
  return catalog
}

/** The complete English and French catalogs. */
export const catalogs = { en: catalogFor('en', en as Catalog), fr: catalogFor('fr', fr as Catalog) }
