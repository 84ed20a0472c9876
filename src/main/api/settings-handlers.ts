import type { ApiContext } from './context'
import type { Handlers } from './table'

/** Reading and changing the user's settings (interface language, author). */
export function settingsHandlers({ store }: ApiContext): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => store.settings.get(),
    'settings.update': (patch) => store.settings.update(patch)
  }
}
