import type { DossierClient } from '@shared/operations'

// The preload exposes the contract's client as `window.dossier` (contextBridge in the app,
// page.exposeBinding in end-to-end tests). Optional here because a page opened without the
// preload has no bridge, and the client must say so in words rather than crash.
declare global {
  interface Window {
    dossier?: DossierClient
  }
}

export {}
