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
    // Made first, so the name the save dialog suggests carries the bundle's marking.
    'exchange.exportBundle': async ({ filter, ceiling, history }) => {
      const made = await exchange.makeBundle({ ...filter, ...(ceiling ? { ceiling } : {}), history })
      return files.save(bundleFileName(now(), made.marking), 'dossier', (path) => exchange.writeBundle(path, made))
    },
    'exchange.previewBundle': async ({ again }) => {
      if (again !== undefined) return exchange.previewBundle(exchange.previewedFile(again))
      const [path] = await files.open('dossier', false)
      return path === undefined ? null : exchange.previewBundle(path)
    },
    'exchange.applyImport': ({ previewId, choices, acceptUnsigned, confirmedDowngrades }) =>
      exchange.applyImport(previewId, choices, { unsigned: acceptUnsigned, downgrades: confirmedDowngrades }),
    'exchange.readWord': async () => {
      const paths = await files.open('docx', true)
      return paths.length === 0 ? [] : exchange.readWord(paths)
    },
    'exchange.saveDrafts': ({ selections }) => exchange.saveDrafts(selections)
  }
}
