import type { App, Session, WebContents } from 'electron'

/** Denies navigation away from the app, new windows, webviews and every permission request. */
export function guardWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** Refuses permissions and blocks every request that is not the app's own content. */
export function guardSession(session: Session, isAppUrl: (url: string) => boolean): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAppUrl(details.url) }))
}

/** Applies the guards to every web contents the app ever creates, including future ones. */
export function guardApp(app: App, isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, isAppUrl))
}
