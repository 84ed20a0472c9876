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
  | 'files.chooseSavePath'
  | 'files.showInFolder'

/** Packages (trip binders), Word export, and the host's save dialog and file manager. */
export function packageHandlers({ store, packages, exports, host }: ApiContext): Pick<Handlers, PackageOperations> {
  return {
    'packages.list': () => store.packages.list(),
    'packages.get': ({ id }) => found(store.packages.get(id), 'package', id),
    'packages.create': (input) => packages.create(input),
    'packages.save': ({ package: pkg }) => packages.save(pkg),
    'packages.delete': ({ id }) => packages.remove(id),
    'packages.reinstate': ({ id }) => packages.reinstate(id),
    'export.brief': ({ briefId, ...request }) => exports.brief(briefId, request),
    'export.package': ({ packageId, format, ...request }) => exports.package(packageId, format, request),
    'files.chooseSavePath': ({ suggestedName, kind }) => host.chooseSavePath(suggestedName, kind),
    'files.showInFolder': ({ path }) => {
      host.showInFolder(path)
      return null
    }
  }
}
