import { describe, expect, it } from 'vitest'
import { applicationMenuTemplate } from '../../../../src/main/electron/menu'

describe('application menu', () => {
  it('has Edit (undo, redo, cut, copy, paste through the editMenu role), View and Window', () => {
    const roles = applicationMenuTemplate('linux', false).map((entry) => entry.role ?? entry.label)
    expect(roles).toEqual(['fileMenu', 'editMenu', 'View', 'windowMenu'])
  })

  it('adds the app menu on macOS and developer tools only while developing', () => {
    expect(applicationMenuTemplate('darwin', false)[0]?.role).toBe('appMenu')
    const view = (dev: boolean): unknown[] =>
      (
        applicationMenuTemplate('linux', dev).find((entry) => entry.label === 'View')?.submenu as { role?: string }[]
      ).map((item) => item.role)
    expect(view(false)).not.toContain('toggleDevTools')
    expect(view(true)).toContain('toggleDevTools')
  })
})
