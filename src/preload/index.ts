import { contextBridge, ipcRenderer } from 'electron'
import { channelFor, OPERATION_NAMES } from '@shared/operations'

// The renderer's only door to the app: one function per contract operation, nothing else.
const client = Object.fromEntries(
  OPERATION_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelFor(name), input)])
)

contextBridge.exposeInMainWorld('dossier', client)
