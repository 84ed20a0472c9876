import type { Store, StoreParts } from './types'

// A read-only open may read less than the whole folder (StoreOptions.parts): `dossier list briefs`
// has no use for a library of 60 MB. What it did not read must never pass for empty, so a caller
// that reaches for it is stopped with an error that names the part: a bug in the command's list
// of what it reads, caught by its first run, not a wrong answer.

function notRead(what: string): Error {
  return new Error(`${what} was not read for this command (see StoreOptions.parts).`)
}

/** The store, refusing whatever the open did not read. */
export function partialStore(store: Store, parts: StoreParts): Store {
  const library: Store['library'] = parts.library
    ? store.library
    : {
        ...store.library,
        list: (kind) => {
          throw notRead(`The library (${kind})`)
        },
        get: (kind) => {
          throw notRead(`The library (${kind})`)
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
