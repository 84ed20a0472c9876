import { bundleFileName } from '../core/file-names'
import type { ApiContext } from './context'
import type { Handlers } from './table'

type ExchangeOperations =
  | 'exchange.exportBundle'
  | 'exchange.previewBundle'
  | 'exchange.applyImport'
  | 'exchange.readWord'
  | 'exchange.saveDrafts'

/** Library bundles between headquarters and missions, and Word documents into drafts. */
export function exchangeHandlers({ exchange, files, now }: ApiContext): Pick<Handlers, ExchangeOperations> {
  return {
    'exchange.exportBundle': ({ filter }) =>
      files.save(bundleFileName(now()), 'dossier', (path) => exchange.exportBundle(path, filter)),
    'exchange.previewBundle': async ({ again }) => {
      if (again !== undefined) return exchange.previewBundle(exchange.previewedFile(again))
      const [path] = await files.open('dossier', false)
      return path === undefined ? null : exchange.previewBundle(path)
    },
    'exchange.applyImport': ({ previewId, choices }) => exchange.applyImport(previewId, choices),
    'exchange.readWord': async () => {
      const paths = await files.open('docx', true)
      return paths.length === 0 ? [] : exchange.readWord(paths)
    },
    'exchange.saveDrafts': ({ selections }) => exchange.saveDrafts(selections)
  }
}
