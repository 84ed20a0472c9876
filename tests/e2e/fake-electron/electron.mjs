// A stand-in for Electron, enough for the BUILT main process (out/main/index.js) to start in
// plain Node: it records what the app asks for, calls one operation through the IPC handler the
// app registered, prints a JSON report on stdout and exits.
import { EventEmitter } from 'node:events'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const report = { channels: [], windows: [], menu: false, guards: {} }
const handlers = new Map()

class WebContents extends EventEmitter {
  static next = 1
  id = WebContents.next++
  setWindowOpenHandler(handler) {
    report.guards.windowOpen = handler({ url: 'https://example.com/' }).action
  }
}

export class BrowserWindow extends EventEmitter {
  static all = []
  static getAllWindows = () => BrowserWindow.all
  webContents = new WebContents()
  constructor(options) {
    super()
    BrowserWindow.all.push(this)
    report.windows.push({ webPreferences: options.webPreferences })
    app.emit('web-contents-created', {}, this.webContents)
  }
  async loadURL(url) {
    report.windows.at(-1).loaded = url
  }
  async loadFile(file) {
    report.windows.at(-1).loaded = file
    // The page is "loaded": ask for the library through the app's own IPC handler, as the
    // preload would, then report and stop.
    setTimeout(async () => {
      const event = {
        sender: { id: this.webContents.id },
        senderFrame: { url: pathToFileURL(file).href, parent: null }
      }
      const answer = await handlers.get('dossier:library.list')?.(event, { kind: 'partner' })
      report.partners = answer?.ok ? answer.value.length : answer
      const foreign = await handlers.get('dossier:library.list')?.(
        { ...event, senderFrame: { url: 'https://evil.example/', parent: null } },
        { kind: 'partner' }
      )
      report.foreignSender = foreign?.ok === false ? foreign.error.code : 'accepted'
      process.stdout.write(`${JSON.stringify(report)}\n`)
      process.exit(0)
    }, 50)
  }
  once(event, listener) {
    return super.once(event, listener)
  }
  isMinimized = () => false
  show() {}
  focus() {}
  restore() {}
}

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  getPath: (name) => (name === 'userData' ? join(tmpdir(), 'dossier-fake-electron-user-data') : homedir()),
  getAppPath: () => process.cwd(),
  quit: () => process.exit(0),
  exit: (code) => process.exit(code)
})

export const ipcMain = {
  handle(channel, handler) {
    report.channels.push(channel)
    handlers.set(channel, handler)
  }
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) {
      handler(null, 'media', (granted) => (report.guards.permission = granted))
    },
    setPermissionCheckHandler(handler) {
      report.guards.permissionCheck = handler()
    },
    webRequest: {
      onBeforeRequest(handler) {
        handler({ url: 'https://example.com/tracker.js' }, (answer) => (report.guards.network = answer))
      }
    }
  }
}

export const Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu: () => (report.menu = true)
}

export const dialog = {
  showSaveDialog: async () => ({ canceled: true }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] })
}
export const shell = { showItemInFolder() {} }
export const contextBridge = {}
export const ipcRenderer = {}
export default { app, BrowserWindow, ipcMain, session, Menu, dialog, shell, contextBridge, ipcRenderer }
