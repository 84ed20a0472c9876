import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  RENDERER_CSP,
  RENDERER_CSP_HEADER
} from '../../../../src/main/electron/app-protocol'
import { createAppProtocolHandler } from '../../../../src/main/electron/app-protocol-handler'

// A built renderer folder with a secret beside it: the handler must serve the first and never the second.
let base = ''
let serve: (request: Request) => Promise<Response>
const SECRET = 'the secret beside the app'

const FILES: Record<string, string> = {
  'index.html': '<!doctype html><div id="root"></div>',
  'assets/index-abc.js': 'export const a = 1',
  'assets/chunk.mjs': 'export const b = 2',
  'assets/index-abc.css': 'body{}',
  'assets/index-abc.js.map': '{}',
  'assets/data.json': '{}',
  'assets/logo.svg': '<svg/>',
  'assets/logo.png': 'png',
  'assets/inter.woff2': 'woff2',
  'favicon.ico': 'ico',
  'assets/notes.xyz': 'unknown kind'
}

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'dossier-app-protocol-'))
  const renderer = join(base, 'renderer')
  await mkdir(join(renderer, 'assets'), { recursive: true })
  for (const [name, text] of Object.entries(FILES)) await writeFile(join(renderer, name), text)
  await writeFile(join(base, 'secret.txt'), SECRET)
  await mkdir(join(base, 'renderer-evil'))
  await writeFile(join(base, 'renderer-evil', 'secret.txt'), SECRET)
  await symlink(join(base, 'secret.txt'), join(renderer, 'link-out.txt'))
  await symlink(join(base, 'renderer-evil'), join(renderer, 'folder-out'))
  await symlink(join(renderer, 'assets', 'index-abc.js'), join(renderer, 'link-in.js'))
  serve = createAppProtocolHandler(renderer)
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

const get = (url: string): Promise<Response> => serve(new Request(url))

describe('app:// protocol handler', () => {
  it('serves the entry page as html, with nosniff and the page policy as a header', async () => {
    for (const url of [APP_ENTRY_URL, 'app://dossier/']) {
      const response = await get(url)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP_HEADER)
      expect(await response.text()).toBe(FILES['index.html'])
    }
  })

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/chunk.mjs', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/index-abc.js.map', 'application/json; charset=utf-8'],
    ['assets/data.json', 'application/json; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/logo.png', 'image/png'],
    ['assets/inter.woff2', 'font/woff2'],
    ['favicon.ico', 'image/x-icon'],
    ['assets/notes.xyz', 'application/octet-stream']
  ])('serves %s as %s', async (name, type) => {
    const response = await get(`app://dossier/${name}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(await response.text()).toBe(FILES[name])
  })

  it('answers 404 for a missing file and for a folder', async () => {
    expect((await get('app://dossier/assets/missing.js')).status).toBe(404)
    expect((await get('app://dossier/assets')).status).toBe(404)
  })

  it.each([
    'app://dossier/..%2fsecret.txt',
    'app://dossier/%2e%2e%2fsecret.txt',
    'app://dossier/assets/..%2F..%2F..%2Fsecret.txt',
    'app://dossier/..%5csecret.txt',
    'app://dossier/assets%5c..%5c..%5csecret.txt',
    'app://dossier/%2Ftmp%2Fsecret.txt',
    'app://dossier//etc/passwd',
    'app://dossier/C:%5cWindows%5cwin.ini',
    'app://dossier/index.html%00.js'
  ])('refuses %s: no climbing out, no backslash, no absolute path', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(403)
    expect(await response.text()).not.toContain(SECRET)
  })

  it('never reaches outside with dot segments, which the URL itself resolves inside the app', async () => {
    for (const url of ['app://dossier/../secret.txt', 'app://dossier/assets/%2e%2e/%2e%2e/secret.txt']) {
      const response = await get(url)
      expect(response.status).toBe(404)
      expect(await response.text()).not.toContain(SECRET)
    }
  })

  it('refuses a symbolic link that leads out of the folder, and follows one that stays inside', async () => {
    expect((await get('app://dossier/link-out.txt')).status).toBe(403)
    expect((await get('app://dossier/folder-out/secret.txt')).status).toBe(403)
    const inside = await get('app://dossier/link-in.js')
    expect(inside.status).toBe(200)
    expect(await inside.text()).toBe(FILES['assets/index-abc.js'])
  })

  it('answers 400 for a malformed escape', async () => {
    expect((await get('app://dossier/%E0%A4%A.js')).status).toBe(400)
  })

  it('refuses another host or scheme, and any method but GET', async () => {
    expect((await get('app://evil/index.html')).status).toBe(403)
    expect((await get('app://dossier.evil/index.html')).status).toBe(403)
    expect((await get('https://dossier/index.html')).status).toBe(403)
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD']) {
      const response = await serve(new Request(APP_ENTRY_URL, { method }))
      expect(response.status).toBe(405)
      expect(response.headers.get('allow')).toBe('GET')
    }
  })

  it('answers 404 when the renderer was never built', async () => {
    const unbuilt = createAppProtocolHandler(join(base, 'not-built'))
    expect((await unbuilt(new Request(APP_ENTRY_URL))).status).toBe(404)
  })

  it('answers from the files read as it was made, and reads a file added since at its request', async () => {
    const folder = join(base, 'read-ahead')
    await mkdir(join(folder, 'assets'), { recursive: true })
    await writeFile(join(folder, 'index.html'), '<!doctype html><p>first</p>')
    await writeFile(join(folder, 'assets', 'app.js'), 'export const first = 1')
    const ahead = createAppProtocolHandler(folder)
    expect(await (await ahead(new Request(APP_ENTRY_URL))).text()).toBe('<!doctype html><p>first</p>')
    // Read once: taken off the disk since, the files are still served, as they were.
    await rm(join(folder, 'index.html'))
    await rm(join(folder, 'assets', 'app.js'))
    const script = await ahead(new Request(`${APP_ORIGIN}assets/app.js`))
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(script.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await script.text()).toBe('export const first = 1')
    expect((await ahead(new Request(APP_ENTRY_URL))).status).toBe(200)
    await writeFile(join(folder, 'assets', 'later.js'), 'export const later = 2')
    expect(await (await ahead(new Request(`${APP_ORIGIN}assets/later.js`))).text()).toBe('export const later = 2')
  })
})

describe('app:// scheme and page policy', () => {
  it('asks for no privilege the page does not need (no CORS, no fetch, no CSP bypass)', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, codeCache: true }
    })
  })

  it('sends the same policy as the page meta tag, plus frame-ancestors', async () => {
    const html = await readFile(join(process.cwd(), 'src', 'renderer', 'index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(RENDERER_CSP)
    expect(RENDERER_CSP_HEADER).toBe(`${RENDERER_CSP}; frame-ancestors 'none'`)
  })
})
