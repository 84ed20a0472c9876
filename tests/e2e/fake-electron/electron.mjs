// A stand-in for Electron, enough for the BUILT main process (out/main/index.js) to start in
// plain Node: it records what the app asks for, asks the app's protocol handler for a few URLs,
// calls one operation through the IPC handler the app registered, prints a JSON report on stdout
// and exits.
import { EventEmitter } from 'node:events'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'

const report = { channels: [], windows: [], menu: false, guards: {}, privilegedSchemes: [], protocols: [], served: {} }
const handlers = new Map()
const protocolHandlers = new Map()

// Like Electron, "ready" comes after the main module's first turn has run, whoever asks for it.
let ready = false
const readyEvent = new Promise((resolve) =>
  setTimeout(() => {
    ready = true
    resolve()
  }, 0)
)

// What the page would ask of the app's protocol: its own page, a way out of the folder to the
// project's package.json, and the same page on another host.
async function askProtocol(pageUrl) {
  const page = new URL(pageUrl)
  const handler = protocolHandlers.get(page.protocol.slice(0, -1))
  if (!handler) return
  const asks = {
    page: pageUrl,
    traversal: `${page.protocol}//${page.host}/..%2f..%2fpackage.json`,
    otherHost: `${page.protocol}//elsewhere${page.pathname}`
  }
  for (const [name, url] of Object.entries(asks)) {
    const response = await handler(new Request(url))
    const body = await response.text()
    report.served[name] = {
      status: response.status,
      type: response.headers.get('content-type'),
      nosniff: response.headers.get('x-content-type-options'),
      isPage: body.includes('<div id="root">'),
      isPackageJson: body.includes('"devDependencies"')
    }
  }
}

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
  // No loadFile: the app serves its renderer from its own protocol, never from file://.
  async loadURL(url) {
    report.windows.at(-1).loaded = url
    // The page is "loaded": fetch it through the app's protocol handler, ask for the library
    // through the app's own IPC handler as the preload would (after the passphrase, if the test
    // gives one in FAKE_ELECTRON_PASSPHRASE), then report and stop.
    setTimeout(async () => {
      await askProtocol(url)
      const event = {
        sender: { id: this.webContents.id },
        senderFrame: { url, parent: null }
      }
      // A folder waiting for a passphrase (to set it up, encrypt or unlock it) is given the test's.
      const before = await handlers.get('dossier:app.status')?.(event, {})
      report.waitedFor = before?.ok ? null : before?.error.code
      if (process.env.FAKE_ELECTRON_PASSPHRASE) {
        const opened = await handlers.get('dossier:app.openDataFolder')?.(event, {
          takeOver: false,
          passphrase: process.env.FAKE_ELECTRON_PASSPHRASE
        })
        report.opened = opened?.ok ? { encrypted: opened.value.encrypted } : opened
      }
      const answer = await handlers.get('dossier:library.list')?.(event, { kind: 'partner' })
      report.partners = answer?.ok ? answer.value.length : answer
      const foreign = await handlers.get('dossier:library.list')?.(
        { ...event, senderFrame: { url: 'https://evil.example/', parent: null } },
        { kind: 'partner' }
      )
      report.foreignSender = foreign?.ok === false ? foreign.error.code : 'accepted'
      // A Word document picked in the "open dialog" (DOSSIER_FAKE_OPEN_FILE), read as the app
      // reads files from outside: in the bundled file worker.
      const read = await handlers.get('dossier:exchange.readWord')?.(event, {})
      if (read?.ok && read.value.length > 0) {
        report.wordParagraphs = read.value[0].paragraphs.map((paragraph) => paragraph.text)
      } else if (!read?.ok) report.wordParagraphs = read
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
  whenReady: () => readyEvent,
  getPath: (name) => (name === 'userData' ? join(tmpdir(), 'dossier-fake-electron-user-data') : homedir()),
  getAppPath: () => process.cwd(),
  quit: () => process.exit(0),
  exit: (code) => process.exit(code)
})

// Locking listens for the screen locking and the computer going to sleep; nothing happens here.
export const powerMonitor = new EventEmitter()

// No credential store here: unlock without typing is not offered (tested with a fake store in unit
// tests and computer-unlock.spec.ts).
export const safeStorage = {
  isEncryptionAvailable: () => false,
  getSelectedStorageBackend: () => 'basic_text',
  encryptString: () => {
    throw new Error('Encryption is not available.')
  },
  decryptString: () => {
    throw new Error('Decryption is not available.')
  }
}

export const ipcMain = {
  handle(channel, handler) {
    report.channels.push(channel)
    handlers.set(channel, handler)
  }
}

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    report.privilegedSchemes.push({ schemes, beforeReady: !ready })
  },
  handle(scheme, handler) {
    report.protocols.push(scheme)
    protocolHandlers.set(scheme, handler)
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
        handler({ url: 'app://dossier/assets/index.js' }, (answer) => (report.guards.ownContent = answer))
      }
    }
  }
}

export const Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu: () => (report.menu = true)
}

const openFile = process.env.DOSSIER_FAKE_OPEN_FILE
export const dialog = {
  showSaveDialog: async () => ({ canceled: true }),
  showOpenDialog: async () =>
    openFile ? { canceled: false, filePaths: [openFile] } : { canceled: true, filePaths: [] }
}
export const shell = { showItemInFolder() {} }
export const contextBridge = {}
export const ipcRenderer = {}
export default {
  app,
  BrowserWindow,
  ipcMain,
  protocol,
  safeStorage,
  session,
  Menu,
  dialog,
  shell,
  contextBridge,
  ipcRenderer
}
