import type { LibraryLookups } from './item-lookup'
import type { Store, StoreParts } from './types'

// A read-only open may read less than the whole folder (StoreOptions.parts): `dossier list briefs`
// has no use for a library of 60 MB. What it did not read must never pass for empty, so a caller
// that reaches for it is stopped with an error that names the part: a bug in the command's list
// of what it reads, caught by its first run, not a wrong answer.

function notRead(what: string): Error {
  return new Error(`${what} was not read for this command (see StoreOptions.parts).`)
}

/** The store, refusing whatever the open did not read; `lookups` answer the kinds looked up by id. */
export function partialStore(store: Store, parts: StoreParts, lookups: LibraryLookups = {}): Store {
  const library: Store['library'] =
    parts.library === true
      ? store.library
      : {
          ...store.library,
          // Refused even for a kind that had to be read in full: what a command may do must not
          // depend on the state its folder happens to be in.
          list: (kind) => {
            throw notRead(parts.library === false ? `The library (${kind})` : `The whole library (${kind})`)
          },
          get: (kind, id) => {
            if (parts.library === false) throw notRead(`The library (${kind})`)
            const lookup = lookups[kind]
            return lookup ? lookup.get(id) : store.library.get(kind, id)
          }
        }
  const named = parts.briefs
  const briefs: Store['briefs'] =
    named === 'all'
      ? store.briefs
      : {
          ...store.briefs,
          list: () => {
            throw notRead('The list of every brief')
          },
          get: (id) => {
            if (!named.includes(id)) throw notRead(`The brief ${id}`)
            return store.briefs.get(id)
          }
        }
  return { ...store, library, briefs }
}
