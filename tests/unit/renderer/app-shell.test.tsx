import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/entities'
import type { AppStatus } from '@shared/operations'
import { AppShell } from '@renderer/app/app-shell'
import { StartupFailure } from '@renderer/app/startup-failure'
import i18n from '@renderer/i18n'
import { count, renderIn } from './render'

const status: AppStatus = {
  dataDir: '/home/officer/.dossier',
  notices: [
    {
      code: 'restored-from-backup',
      message: 'partners.json was restored from the backup of 2026-11-26.',
      params: { file: 'partners.json', backup: '2026-11-26T12-50-01-123Z', keptAs: 'partners.damaged.json' }
    }
  ],
  encrypted: false
}

afterAll(async () => {
  await i18n.changeLanguage('en')
})

describe('the app shell', () => {
  it('has a skip link, one banner, one named menu with the current screen marked, and one main', async () => {
    const html = await renderIn(
      'en',
      <AppShell status={status} initialSettings={DEFAULT_SETTINGS} settingsError={null} />
    )
    expect(html).toContain('<a class="skip-link" href="#main-content">Skip to main content</a>')
    expect(count(html, '<header')).toBe(1)
    expect(count(html, '<nav')).toBe(1)
    expect(html).toContain('aria-label="Main menu"')
    expect(count(html, 'aria-current="page"')).toBe(1)
    expect(html).toMatch(/aria-current="page"[^>]*>Library</)
    expect(count(html, '<main id="main-content"')).toBe(1)
    expect(count(html, '<h1')).toBe(1)
  })

  it('shows start-up notices in French with their params', async () => {
    const html = await renderIn(
      'fr',
      <AppShell status={status} initialSettings={{ ...DEFAULT_SETTINGS, uiLanguage: 'fr' }} settingsError={null} />
    )
    expect(html).toContain('role="status"')
    expect(html).toMatch(/restauré à partir de la sauvegarde du 26 nov\. 2026/)
    expect(html).toContain('Fermer ces messages')
    expect(html).toContain('Bibliothèque')
  })

  it('explains data saved by a newer version, in words, with the app message below', async () => {
    const error = {
      code: 'data-too-new' as const,
      message: 'library/partners.json has schemaVersion 9; this app reads up to 2.'
    }
    const html = await renderIn('fr', <StartupFailure error={error} />)
    expect(html).toContain('Dossier ne peut pas ouvrir vos données')
    expect(html).toContain('version plus récente de Dossier')
    expect(html).toContain(error.message)
    expect(html).not.toContain('<nav')
  })
})
