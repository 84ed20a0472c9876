import type { ApiContext } from './context'
import { found } from '../core/failure'
import type { Handlers } from './table'

/** Reading briefs and packages. */
export function briefHandlers({ store }: ApiContext): Pick<Handlers, 'briefs.list' | 'briefs.get' | 'packages.list'> {
  return {
    'briefs.list': () => store.briefs.list(),
    'briefs.get': ({ id }) => found(store.briefs.get(id), 'brief', id),
    'packages.list': () => store.packages.list()
  }
}
