import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { APP_ORIGIN } from '../src/main/electron/app-protocol'
import { createAppProtocolHandler } from '../src/main/electron/app-protocol-handler'

/**
 * Serves the built renderer on loopback through the handler Electron calls for app://, so every
 * end-to-end test runs the page under the same content types, headers and refusals as the app.
 * A plain browser cannot register app:// (and refuses ES modules from file://), hence http.
 */
export async function serveRenderer(rootDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const serve = createAppProtocolHandler(rootDir)
  const server: Server = createServer(async (request, response) => {
    const answer = await serve(new Request(`${APP_ORIGIN}${(request.url ?? '/').slice(1)}`, { method: request.method }))
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
