import type { ApiContext } from './context'
import type { Handlers } from './table'

type ExchangeOperations =
  | 'files.chooseOpenPaths'
  | 'exchange.exportBundle'
  | 'exchange.previewBundle'
  | 'exchange.applyImport'
  | 'exchange.readWord'
  | 'exchange.saveDrafts'

/** Library bundles between headquarters and missions, and Word documents into drafts. */
export function exchangeHandlers({ exchange, host }: ApiContext): Pick<Handlers, ExchangeOperations> {
  return {
    'files.chooseOpenPaths': ({ kind, multiple }) => host.chooseOpenPaths(kind, multiple),
    'exchange.exportBundle': ({ path, filter }) => exchange.exportBundle(path, filter),
    'exchange.previewBundle': ({ path }) => exchange.previewBundle(path),
    'exchange.applyImport': ({ previewId, choices }) => exchange.applyImport(previewId, choices),
    'exchange.readWord': ({ paths }) => exchange.readWord(paths),
    'exchange.saveDrafts': ({ selections }) => exchange.saveDrafts(selections)
  }
}
