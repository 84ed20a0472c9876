import { describe, expect, it } from 'vitest'
import type { BrowserWindow } from 'electron'
import { createElectronHost } from '../../../../src/main/electron/dialogs'
import { GrantedPaths } from '../../../../src/main/electron/granted-paths'
import { dialog, shell } from '../../electron-fake'

describe('Electron host', () => {
  const window = {} as BrowserWindow
  const granted = new GrantedPaths()
  const host = createElectronHost(() => window, granted, '/home/officer/Documents')

  it('asks where to save with the suggested name in Documents and a Word filter, attached to our window', async () => {
    dialog.nextSavePath = '/home/officer/Documents/brief.docx'
    expect(granted.allows('write', ['/home/officer/Documents/brief.docx'])).toBe(false)
    expect(await host.chooseSavePath('brief.docx', 'docx')).toBe('/home/officer/Documents/brief.docx')
    expect(granted.allows('write', ['/home/officer/Documents/brief.docx'])).toBe(true)
    expect(dialog.showSaveDialog).toHaveBeenLastCalledWith(window, {
      defaultPath: '/home/officer/Documents/brief.docx',
      filters: [{ name: 'Word document', extensions: ['docx'] }]
    })
  })

  it('answers null when the user cancels', async () => {
    dialog.nextSavePath = null
    expect(await host.chooseSavePath('binder.zip', 'zip')).toBeNull()
  })

  it('grants the files picked to open, and nothing when cancelled', async () => {
    dialog.nextOpenPaths = ['/media/usb/update.dossier']
    expect(await host.chooseOpenPaths('dossier', false)).toEqual(['/media/usb/update.dossier'])
    expect(granted.allows('read', ['/media/usb/update.dossier'])).toBe(true)
    // Picked to be read, not to be overwritten.
    expect(granted.allows('write', ['/media/usb/update.dossier'])).toBe(false)
    dialog.nextOpenPaths = []
    expect(await host.chooseOpenPaths('docx', true)).toEqual([])
  })

  it('shows a file in the file manager', () => {
    host.showInFolder('/tmp/x.docx')
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/tmp/x.docx')
  })
})
