// Electron's asar support patches the functions of fs.promises in place; reading them at call time
// (not as bindings copied at import) keeps the packaged app able to read its own archive.
import { promises as fs } from 'node:fs'
import { extname, isAbsolute, join, relative, sep } from 'node:path'
import { APP_HOST, APP_SCHEME, RENDERER_CSP_HEADER } from './app-protocol'

// With nosniff, a file of a type not listed here is never run as a script nor shown as a page.
const DEFAULT_TYPE = 'application/octet-stream'
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf'
}

/** The content type served for a file name, by its extension; unknown ones get a type nothing runs. */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? DEFAULT_TYPE
}

// Sent with every answer: the type is the one declared, the page's policy holds even if the meta
// tag were removed, and no other origin may embed our files.
function headers(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': RENDERER_CSP_HEADER,
    'Cross-Origin-Resource-Policy': 'same-origin'
  }
}

function refuse(status: 400 | 403 | 404 | 405, reason: string): Response {
  const response = new Response(reason, { status, headers: headers('text/plain; charset=utf-8') })
  if (status === 405) response.headers.set('Allow', 'GET')
  return response
}

// Percent-decoding happens here, once, so "%2e%2e", "%2f" and "%5c" are judged as what they mean.
// Null when a segment is malformed; 'forbidden' when one could climb out, name a folder or a drive.
function segmentsOf(pathname: string): string[] | null | 'forbidden' {
  if (pathname === '/') return ['index.html']
  const segments: string[] = []
  for (const raw of pathname.slice(1).split('/')) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return null
    }
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    if (segment === '' || segment === '.' || segment === '..' || /[/\\:\u0000-\u001f]/.test(segment)) {
      return 'forbidden'
    }
    segments.push(segment)
  }
  return segments
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}

// The file's real path and size when it is a regular file inside the real renderer folder: a
// symbolic link that leads out of the folder is refused, one that stays inside is followed.
async function resolveFile(
  rendererDir: string,
  segments: string[]
): Promise<{ real: string; size: number } | 'missing' | 'forbidden'> {
  const root = await fs.realpath(rendererDir).catch(() => null)
  if (root === null) return 'missing'
  const candidate = join(root, ...segments)
  if (!isInside(root, candidate)) return 'forbidden'
  const real = await fs.realpath(candidate).catch(() => null)
  if (real === null) return 'missing'
  if (!isInside(root, real)) return 'forbidden'
  const stats = await fs.stat(real)
  return stats.isFile() ? { real, size: stats.size } : 'missing'
}

/** A file read ahead: its real path (which gives its type) and its bytes. */
interface ReadFile {
  file: string
  body: Uint8Array<ArrayBuffer>
}

// The built renderer is a few files of under 2 MB in all; a folder far larger is read at each request.
const MAX_READ_AHEAD_BYTES = 16 * 1024 * 1024

/**
 * Every file of the renderer folder that would be served, read once, by its path there
 * ('assets/index-….js'). The window asks for its page and script while the data folder opens,
 * whose parsing holds the main process for most of a second at 20,000 items: read from disk at
 * the window's request, through some eight steps that each wait for the main process, the page
 * came only once the folder was open (the UI bench's harness, slow phase: its first byte at 390 to
 * 560 ms of a 500-600 ms open); read ahead, at 20 to 60 ms, and the script was run while the folder
 * opened. A packaged app's files never change while it runs. A file not read ahead (it was not
 * there yet) is read at its request.
 */
async function readAhead(rendererDir: string): Promise<Map<string, ReadFile>> {
  const names = await fs.readdir(rendererDir, { recursive: true }).catch(() => [] as string[])
  // All at once: each file's steps wait for the main process, and the page waits for them all.
  const found = await Promise.all(
    names.map(async (name) => {
      const segments = name.split(sep)
      const file = await resolveFile(rendererDir, segments).catch(() => 'missing' as const)
      if (file === 'missing' || file === 'forbidden') return null
      return { path: segments.join('/'), file: file.real, size: file.size }
    })
  )
  const wanted = found.filter((each) => each !== null)
  if (wanted.reduce((sum, each) => sum + each.size, 0) > MAX_READ_AHEAD_BYTES) return new Map()
  const read = await Promise.all(
    wanted.map(async ({ path, file }) => [path, { file, body: await fs.readFile(file) }] as const)
  )
  return new Map(read)
}

/**
 * Answers requests for app://dossier/… with the files of the built renderer folder, and nothing
 * else: only GET, only that host, only regular files whose real path is inside the folder.
 */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  // A file that could not be read ahead is read at its request, as if there were no reading ahead.
  const readFirst = readAhead(rendererDir).catch(() => new Map<string, ReadFile>())
  return async (request) => {
    if (request.method !== 'GET') return refuse(405, 'Only GET is served.')
    const url = new URL(request.url)
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(403, 'Not the app host.')
    const segments = segmentsOf(url.pathname)
    if (segments === null) return refuse(400, 'Malformed path.')
    if (segments === 'forbidden') return refuse(403, 'Path outside the app.')
    const read = (await readFirst).get(segments.join('/'))
    if (read !== undefined) return new Response(read.body, { status: 200, headers: headers(contentTypeFor(read.file)) })
    const file = await resolveFile(rendererDir, segments)
    if (file === 'forbidden') return refuse(403, 'Path outside the app.')
    if (file === 'missing') return refuse(404, 'Not found.')
    const body = await fs.readFile(file.real)
    return new Response(body, { status: 200, headers: headers(contentTypeFor(file.real)) })
  }
}
