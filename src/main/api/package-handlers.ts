import type { ApiContext } from './context'
import { found } from '../core/failure'
import type { Handlers } from './table'

type PackageOperations =
  | 'packages.list'
  | 'packages.get'
  | 'packages.create'
  | 'packages.save'
  | 'packages.delete'
  | 'packages.reinstate'
  | 'export.brief'
  | 'export.package'
  | 'export.card'
  | 'files.showInFolder'

/** Packages (trip binders), Word export, and the host's save dialog and file manager. */
export function packageHandlers({ store, packages, exports, files }: ApiContext): Pick<Handlers, PackageOperations> {
  return {
    'packages.list': () => store.packages.list(),
    'packages.get': ({ id }) => found(store.packages.get(id), 'package', id),
    'packages.create': (input) => packages.create(input),
    'packages.save': ({ package: pkg }) => packages.save(pkg),
    'packages.delete': ({ id }) => packages.remove(id),
    'packages.reinstate': ({ id }) => packages.reinstate(id),
    // Refused before the save dialog opens when the brief cannot be exported, and checked again
    // after: the brief may change while the dialog is open.
    'export.brief': ({ briefId, ...request }) =>
      files.save(exports.briefName(briefId, request.language), 'docx', (path) => exports.brief(briefId, request, path)),
    'export.package': ({ packageId, format, ...request }) =>
      files.save(exports.packageName(packageId, format, request.language), format, (path) =>
        exports.package(packageId, format, request, path)
      ),
    'export.card': ({ briefId, language }) =>
      files.save(exports.cardName(briefId, language), 'docx', (path) => exports.card(briefId, language, path)),
    'files.showInFolder': ({ fileId }) => {
      files.show(fileId)
      return null
    }
  }
}
