import type { LibraryItem } from '@shared/entities'
import type { ApiContext } from './context'
import { found } from './failure'
import type { Handlers } from './table'

const KIND_WORDS = {
  partner: 'partner',
  keyMessage: 'key message',
  irritant: 'irritant',
  backgroundNote: 'background note'
} as const

/** Reading library items of one kind. */
export function libraryHandlers({ store }: ApiContext): Pick<Handlers, 'library.list' | 'library.get'> {
  return {
    'library.list': ({ kind }): LibraryItem[] => store.library.list(kind),
    'library.get': ({ kind, id }): LibraryItem => found(store.library.get(kind, id), KIND_WORDS[kind], id)
  }
}
