import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { APP_ORIGIN } from '../src/main/electron/app-protocol'
import { createAppProtocolHandler } from '../src/main/electron/app-protocol-handler'

// The build's scripts, styles and fonts: their names carry a hash of their content.
const HASHED_ASSET = /^\/assets\/[^/]+-[\w-]{8}\.[a-z0-9]+$/

/**
 * Serves the built renderer on loopback through the handler Electron calls for app://, so every
 * end-to-end test runs the page under the same content types, headers and refusals as the app.
 * A plain browser cannot register app:// (and refuses ES modules from file://), hence http.
 *
 * `keepCompiled` stands in for app://'s codeCache privilege (app-protocol.ts), with which the
 * app's window keeps V8's compiled code between starts. Over http Chromium keeps it only for a
 * script it takes from its own cache, and without a header saying it may, it fetched and compiled
 * the whole script at every start (seen in the bench's traces). So the build's hashed files are
 * sent as cacheable for good: a name changes whenever a build changes the file.
 */
export async function serveRenderer(
  rootDir: string,
  options: { keepCompiled?: boolean } = {}
): Promise<{ url: string; close: () => Promise<void> }> {
  const serve = createAppProtocolHandler(rootDir)
  const server: Server = createServer(async (request, response) => {
    const path = request.url ?? '/'
    const answer = await serve(new Request(`${APP_ORIGIN}${path.slice(1)}`, { method: request.method }))
    if (options.keepCompiled === true && answer.status === 200 && HASHED_ASSET.test(path)) {
      answer.headers.set('Cache-Control', 'max-age=31536000, immutable')
    }
    response.writeHead(answer.status, Object.fromEntries(answer.headers))
    response.end(Buffer.from(await answer.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('The renderer server has no port')
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
