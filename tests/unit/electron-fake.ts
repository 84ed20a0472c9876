import { vi } from 'vitest'
import type { SafeStorage } from 'electron'

// A stand-in for the 'electron' module: records what the app asks of Electron so the glue can be
// tested in plain Node, where the Electron binary is not available.

type Listener = (...args: unknown[]) => unknown

/** A minimal event emitter that remembers listeners by event name. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>()
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener)
  }
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => listener(...args))
  }
}

let nextContentsId = 1

export class FakeWebContents extends FakeEmitter {
  readonly id = nextContentsId++
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static created: FakeBrowserWindow[] = []
  static getAllWindows = (): FakeBrowserWindow[] => FakeBrowserWindow.created
  /** What the page does while it loads (a test's stand-in for the renderer's first calls). */
  static whileLoading: ((window: FakeBrowserWindow) => Promise<void>) | null = null
  readonly webContents = new FakeWebContents()
  loaded: { url?: string } = {}
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.created.push(this)
  }
  loadURL = vi.fn(async (url: string) => {
    // The page's calls come in later turns of the event loop, as IPC messages do.
    await new Promise((resolve) => setImmediate(resolve))
    await FakeBrowserWindow.whileLoading?.(this)
    this.loaded = { url }
  })
  show = vi.fn()
  focus = vi.fn()
  restore = vi.fn()
  isMinimized = (): boolean => false
}

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, handler: Listener): void {
    ipcMain.handlers.set(channel, handler)
  }
}

export class FakeSession {
  permissionRequestHandler: Listener | null = null
  permissionCheckHandler: Listener | null = null
  beforeRequest: Listener | null = null
  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler
  }
  readonly webRequest = {
    onBeforeRequest: (handler: Listener): void => {
      this.beforeRequest = handler
    }
  }
}

export const Menu = {
  built: null as unknown,
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu: (menu: unknown) => {
    Menu.built = menu
  }
}

export const fakeApp = Object.assign(new FakeEmitter(), {
  isPackaged: false,
  getPath: (): string => '/tmp/dossier-fake-user-data',
  getAppPath: (): string => process.cwd(),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  whenReady: vi.fn(() => new Promise<void>(() => undefined))
})

/** Electron's powerMonitor: tests emit 'lock-screen' and 'suspend' themselves. */
export const powerMonitor = new FakeEmitter()

const SAFE_STORAGE_TAG = Buffer.from('fake safeStorage v1:')

/**
 * Electron's safeStorage: off unless a test turns it on, naming the Linux backend it reports. Its
 * "encryption" only marks and reverses the bytes: enough to see that the glue passes them through.
 */
export const safeStorage = {
  available: false,
  backend: 'gnome_libsecret' as ReturnType<SafeStorage['getSelectedStorageBackend']>,
  isEncryptionAvailable: vi.fn((): boolean => safeStorage.available),
  getSelectedStorageBackend: vi.fn(() => safeStorage.backend),
  encryptString: vi.fn((text: string): Buffer =>
    Buffer.concat([SAFE_STORAGE_TAG, Buffer.from(text, 'utf8').reverse()])
  ),
  decryptString: vi.fn((bytes: Buffer): string => {
    if (!bytes.subarray(0, SAFE_STORAGE_TAG.length).equals(SAFE_STORAGE_TAG)) {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
    }
    return Buffer.from(bytes.subarray(SAFE_STORAGE_TAG.length)).reverse().toString('utf8')
  })
}

export const fakeElectron = {
  app: fakeApp,
  powerMonitor,
  safeStorage,
  BrowserWindow: FakeBrowserWindow,
  ipcMain,
  Menu,
  session: { defaultSession: new FakeSession() },
  contextBridge: { exposeInMainWorld: vi.fn() },
  get dialog() {
    return dialog
  },
  get shell() {
    return shell
  },
  ipcRenderer: { invoke: vi.fn() }
}

export const dialog = {
  nextSavePath: null as string | null,
  nextOpenPaths: [] as string[],
  showOpenDialog: vi.fn(async () => ({ canceled: dialog.nextOpenPaths.length === 0, filePaths: dialog.nextOpenPaths })),
  showSaveDialog: vi.fn(async () => ({ canceled: dialog.nextSavePath === null, filePath: dialog.nextSavePath ?? '' }))
}

export const shell = { showItemInFolder: vi.fn(), openPath: vi.fn(async () => '') }
