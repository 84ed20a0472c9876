import type { CustomScheme } from 'electron'

/** The scheme the built renderer is served from, in place of file://. */
export const APP_SCHEME = 'app'
/** The one host of that scheme: any other host is refused. */
export const APP_HOST = 'dossier'
/** Every URL of the app's own content starts with this (the trailing slash ends the host). */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}/`
/** The page the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}index.html`

/**
 * The privileges of app://, registered before the app is ready. Only what the page needs:
 * - standard: gives app://dossier a real origin, so the page's relative URLs resolve and its
 *   script, styles (`crossorigin`, fetched in CORS mode) and fonts are same-origin requests,
 *   which Chromium serves without any CORS privilege.
 * - secure: a secure context, like https; the renderer's ids come from crypto.randomUUID,
 *   which exists only there.
 * - codeCache: V8 keeps the page's compiled code between starts, as Chromium does for a web
 *   page, so a start after the first does not parse and compile the whole 1 MB script again
 *   while the officer waits (Chromium reads it back for a classic script only, which is why the
 *   window's script is built as one: electron.vite.config.ts). The cache sits in the app's own
 *   profile folder, and V8 uses it only for the very source it was made from.
 * Left off on purpose: corsEnabled (it would let another origin read our files and is not
 * needed for same-origin loads), supportFetchAPI (the page never calls fetch: its policy says
 * connect-src 'none'), bypassCSP, allowServiceWorkers and stream.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, codeCache: true }
}

/**
 * The page's Content Security Policy, the same as the meta tag in src/renderer/index.html (a unit
 * test keeps the two equal). It is also sent as a header, where frame-ancestors counts (a meta tag
 * cannot carry it): no page may frame Dossier.
 */
export const RENDERER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'none'; base-uri 'none'; form-action 'none'"
export const RENDERER_CSP_HEADER = `${RENDERER_CSP}; frame-ancestors 'none'`
