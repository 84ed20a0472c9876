import { describe, expect, it } from 'vitest'
import type { BrowserWindow } from 'electron'
import { createElectronHost } from '../../../../src/main/electron/dialogs'
import { dialog, shell } from '../../electron-fake'

describe('Electron host', () => {
  const window = {} as BrowserWindow
  const host = createElectronHost(() => window, '/home/officer/Documents')

  it('asks where to save with the suggested name in Documents and a Word filter, attached to our window', async () => {
    dialog.nextSavePath = '/home/officer/Documents/brief.docx'
    expect(await host.chooseSavePath('brief.docx', 'docx')).toBe('/home/officer/Documents/brief.docx')
    expect(dialog.showSaveDialog).toHaveBeenLastCalledWith(window, {
      defaultPath: '/home/officer/Documents/brief.docx',
      filters: [{ name: 'Word document', extensions: ['docx'] }]
    })
  })

  it('answers null when the user cancels', async () => {
    dialog.nextSavePath = null
    expect(await host.chooseSavePath('binder.zip', 'zip')).toBeNull()
  })

  it('answers the files picked to open, and nothing when cancelled', async () => {
    dialog.nextOpenPaths = ['/media/usb/update.dossier']
    expect(await host.chooseOpenPaths('dossier', false)).toEqual(['/media/usb/update.dossier'])
    dialog.nextOpenPaths = []
    expect(await host.chooseOpenPaths('docx', true)).toEqual([])
  })

  it('asks for a folder to watch, attached to our window, and answers null when cancelled', async () => {
    dialog.nextOpenPaths = ['/media/share/HQ updates']
    expect(await host.chooseFolder()).toBe('/media/share/HQ updates')
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(window, {
      defaultPath: '/home/officer/Documents',
      properties: ['openDirectory']
    })
    dialog.nextOpenPaths = []
    expect(await host.chooseFolder()).toBeNull()
  })

  it('shows a file in the file manager', () => {
    host.showInFolder('/tmp/x.docx')
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/tmp/x.docx')
  })

  it('opens a folder itself in the file manager', () => {
    host.openFolder('/home/officer/.dossier')
    expect(shell.openPath).toHaveBeenCalledWith('/home/officer/.dossier')
  })
})
