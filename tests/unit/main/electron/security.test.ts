import { describe, expect, it, vi } from 'vitest'
import type { Session, WebContents } from 'electron'
import { createAppUrlCheck } from '../../../../src/main/electron/app-origin'
import { guardSession, guardWebContents } from '../../../../src/main/electron/security'
import { FakeSession, FakeWebContents } from '../../electron-fake'

const builtCheck = createAppUrlCheck()

describe('app URL check', () => {
  it('accepts the app:// content and refuses the network, files and other app hosts', () => {
    expect(builtCheck('app://dossier/index.html')).toBe(true)
    expect(builtCheck('app://dossier/assets/index-abc.js')).toBe(true)
    expect(builtCheck('https://example.com/')).toBe(false)
    expect(builtCheck('http://127.0.0.1:8080/')).toBe(false)
    expect(builtCheck('file:///opt/dossier/out/renderer/index.html')).toBe(false)
    expect(builtCheck('file:///etc/passwd')).toBe(false)
    expect(builtCheck('app://dossier.evil/index.html')).toBe(false)
    expect(builtCheck('app://evil/index.html')).toBe(false)
  })

  it('accepts only the dev server origin while developing, and not app://', () => {
    const devCheck = createAppUrlCheck('http://localhost:5173/')
    expect(devCheck('http://localhost:5173/src/main.tsx')).toBe(true)
    expect(devCheck('ws://localhost:5173/')).toBe(true)
    expect(devCheck('http://localhost:5174/')).toBe(false)
    expect(devCheck('http://localhost:5173.evil.com/')).toBe(false)
    expect(devCheck('app://dossier/index.html')).toBe(false)
  })
})

describe('web contents guards', () => {
  it('blocks navigation away, new windows and webviews', () => {
    const contents = new FakeWebContents()
    guardWebContents(contents as unknown as WebContents, builtCheck)

    const away = { preventDefault: vi.fn() }
    contents.emit('will-navigate', away, 'https://example.com/')
    expect(away.preventDefault).toHaveBeenCalled()

    const inside = { preventDefault: vi.fn() }
    contents.emit('will-navigate', inside, 'app://dossier/index.html')
    expect(inside.preventDefault).not.toHaveBeenCalled()

    const webview = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', webview)
    expect(webview.preventDefault).toHaveBeenCalled()

    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })
})

describe('session guards', () => {
  it('denies every permission and cancels requests that are not app content', () => {
    const session = new FakeSession()
    guardSession(session as unknown as Session, builtCheck)

    const permission = vi.fn()
    session.permissionRequestHandler?.({}, 'media', permission)
    expect(permission).toHaveBeenCalledWith(false)
    expect(session.permissionCheckHandler?.()).toBe(false)

    const network = vi.fn()
    session.beforeRequest?.({ url: 'https://tracker.example/' }, network)
    expect(network).toHaveBeenCalledWith({ cancel: true })
    const own = vi.fn()
    session.beforeRequest?.({ url: 'app://dossier/assets/index-abc.js' }, own)
    expect(own).toHaveBeenCalledWith({ cancel: false })
  })
})
