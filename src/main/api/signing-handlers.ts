import { publicKeyFileName } from '../core/file-names'
import type { ApiContext } from './context'
import type { Handlers } from './table'

type SigningOperations =
  'keys.list' | 'keys.create' | 'keys.exportPublic' | 'keys.openPublic' | 'keys.trust' | 'keys.untrust'

/** The office's publisher identity, and which publishers' bundles it takes without asking. */
export function signingHandlers({ signing, files }: ApiContext): Pick<Handlers, SigningOperations> {
  return {
    'keys.list': () => signing.view(),
    'keys.create': ({ name }) => signing.create(name),
    'keys.exportPublic': () =>
      files.save(publicKeyFileName(signing.publisherName()), 'dossier-key', (path) => signing.writePublicKey(path)),
    'keys.openPublic': async () => {
      const [path] = await files.open('dossier-key', false)
      return path === undefined ? null : signing.openPublicKey(path)
    },
    'keys.trust': ({ offerId }) => signing.trust(offerId),
    'keys.untrust': ({ fingerprint }) => signing.untrust(fingerprint)
  }
}
