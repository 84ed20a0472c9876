import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { channelFor, OPERATION_NAMES } from '@shared/operations'
import { fail } from '@shared/result'
import type { ApiTable } from '../api'

/** Accepts a message only from our own window's top frame showing the app's own content. */
export function createSenderCheck(
  getWindowContentsId: () => number | undefined,
  isAppUrl: (url: string) => boolean
): (event: IpcMainInvokeEvent) => boolean {
  return (event) => {
    const frame = event.senderFrame
    return event.sender.id === getWindowContentsId() && frame !== null && frame.parent === null && isAppUrl(frame.url)
  }
}

/**
 * Registers one IPC handler per contract operation, each handing its input to the api table. No
 * input names a file: the main process asks its own dialogs (api/user-files.ts). The
 * table is bound once; the one openApi gives hands each call to whichever table is current, so a
 * window that took its data folder over is served by the full table through these same handlers.
 */
export function bindApi(
  ipcMain: IpcMain,
  api: ApiTable,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean
): void {
  for (const name of OPERATION_NAMES) {
    ipcMain.handle(channelFor(name), (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return fail(
          'forbidden-sender',
          `The request "${name}" came from a page that is not Dossier's window and was refused.`
        )
      }
      return api[name](input)
    })
  }
}
