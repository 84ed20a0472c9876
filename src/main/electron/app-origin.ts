import { APP_ORIGIN } from './app-protocol'

/**
 * Decides whether a URL is the app's own content: app://dossier/… once built, or the dev server
 * while developing (given as devServerUrl). Everything else (any network address, any file) is
 * refused, because Dossier is offline by design and its renderer is untrusted.
 */
export function createAppUrlCheck(devServerUrl?: string): (url: string) => boolean {
  if (devServerUrl !== undefined) {
    const devOrigin = new URL(devServerUrl).origin
    // The dev server also pushes module updates over a websocket on the same host and port.
    const devSocket = devOrigin.replace(/^http/, 'ws')
    return (url) => url.startsWith(`${devOrigin}/`) || url === devOrigin || url.startsWith(devSocket)
  }
  return (url) => url.startsWith(APP_ORIGIN) || url.startsWith('devtools://')
}
