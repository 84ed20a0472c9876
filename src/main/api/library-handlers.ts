import type { LibraryItem } from '@shared/entities'
import { today } from '@shared/dates'
import { found } from '../core/failure'
import { KIND_WORDS } from '../core/library/item-content'
import { searchLibrary } from '../core/library/library-query'
import type { ApiContext } from './context'
import type { Handlers } from './table'

type LibraryOperations =
  | 'library.list'
  | 'library.partnerNames'
  | 'library.get'
  | 'library.search'
  | 'library.save'
  | 'library.setStatus'
  | 'library.restoreVersion'
  | 'library.confirmTranslation'
  | 'library.uses'
  | 'library.delete'
  | 'library.reinstate'

/** Reading, searching and changing library items. */
export function libraryHandlers({ store, library, libraryIndex, now }: ApiContext): Pick<Handlers, LibraryOperations> {
  return {
    'library.list': ({ kind }): LibraryItem[] => store.library.list(kind),
    'library.partnerNames': () =>
      store.library
        .list('partner')
        .map(({ id, name, kind, status, relatedPartnerIds }) => ({ id, name, kind, status, relatedPartnerIds })),
    'library.get': ({ kind, id }): LibraryItem => found(store.library.get(kind, id), KIND_WORDS[kind], id),
    'library.search': async (query) => {
      // The library screen lists before anyone types: its first list starts the index. A search
      // with words waits for the saved index to be read back, or for the build under way, rather
      // than build the index anew, or at once, holding the process.
      libraryIndex.warm()
      if (query.query.trim() !== '') await libraryIndex.ready()
      return searchLibrary(store, libraryIndex, query, today(now()), store.settings.get().uiLanguage)
    },
    'library.save': (input) => library.save(input),
    'library.setStatus': ({ kind, id, status, expectedVersion }) =>
      library.setStatus(kind, id, status, expectedVersion),
    'library.restoreVersion': ({ kind, id, version, expectedVersion }) =>
      library.restoreVersion(kind, id, version, expectedVersion),
    'library.confirmTranslation': ({ kind, id, expectedVersion }) =>
      library.confirmTranslation(kind, id, expectedVersion),
    'library.uses': ({ kind, id }) => library.uses(kind, id),
    'library.delete': ({ kind, id }) => library.remove(kind, id),
    'library.reinstate': ({ kind, id }) => library.reinstate(kind, id)
  }
}
