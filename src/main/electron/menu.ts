import { Menu } from 'electron'
import type { MenuItemConstructorOptions } from 'electron'

/** The standard menu: roles give the platform's own labels, shortcuts and translations. */
export function applicationMenuTemplate(platform: NodeJS.Platform, isDev: boolean): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = []
  if (platform === 'darwin') template.push({ role: 'appMenu' })
  template.push({ role: 'fileMenu' })
  template.push({ role: 'editMenu' })
  template.push({
    label: 'View',
    submenu: [
      ...(isDev
        ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' }
    ]
  })
  template.push({ role: 'windowMenu' })
  return template
}

/** Installs the standard menu for this platform. */
export function installApplicationMenu(platform: NodeJS.Platform, isDev: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(platform, isDev)))
}
