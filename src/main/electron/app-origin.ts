import { pathToFileURL } from 'node:url'
import type { RendererSource } from './window'

/**
 * Decides whether a URL is the app's own content. Everything else (any network address, any other
 * file) is refused, because Dossier is offline by design and its renderer is untrusted.
 */
export function createAppUrlCheck(source: RendererSource, rendererDir: string): (url: string) => boolean {
  if ('url' in source) {
    const devOrigin = new URL(source.url).origin
    // The dev server also pushes module updates over a websocket on the same host and port.
    const devSocket = devOrigin.replace(/^http/, 'ws')
    return (url) => url.startsWith(`${devOrigin}/`) || url === devOrigin || url.startsWith(devSocket)
  }
  const rendererRoot = pathToFileURL(rendererDir).href.replace(/\/?$/, '/')
  return (url) => url.startsWith(rendererRoot) || url.startsWith('devtools://')
}
