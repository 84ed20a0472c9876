import { afterAll, describe, expect, it } from 'vitest'
import type { DataInUseDetails } from '@shared/data-in-use'
import { LOCK_HOLDERS } from '@shared/data-in-use'
import type { ApiError } from '@shared/result'
import { DataInUseScreen } from '@renderer/app/data-in-use-screen'
import i18n from '@renderer/i18n'
import { count, renderIn } from './render'

// What the in-use screen says for each way a folder can be held, in both languages. The e2e
// spec (take-over.spec.ts) drives the buttons; here every variant is read once.

afterAll(async () => {
  await i18n.changeLanguage('en')
})

const MESSAGE = 'The data folder /data is in use ... run the command again with --take-over; ...'

function inUse(details?: Partial<DataInUseDetails> | Record<string, unknown>): ApiError {
  const error: ApiError = { code: 'data-in-use', message: MESSAGE }
  if (details) {
    error.details = {
      holder: 'other-computer',
      dataDir: '/mnt/shared/dossier',
      lockPath: '/mnt/shared/dossier/dossier.lock',
      host: 'ottawa-laptop-7',
      pid: 4321,
      since: '2026-03-02T09:00:00.000Z',
      ...details
    } as DataInUseDetails
  }
  return error
}

const reopen = async () => ({ phase: 'loading' }) as const

describe('the data-in-use screen', () => {
  it.each(['en', 'fr'] as const)('in %s names the other computer, the lock file and the risk', async (language) => {
    const html = await renderIn(language, <DataInUseScreen error={inUse({})} onReopen={reopen} />)
    expect(count(html, '<h1')).toBe(1)
    expect(count(html, 'ottawa-laptop-7')).toBeGreaterThanOrEqual(3)
    expect(html).toContain('4321')
    expect(html).toContain('/mnt/shared/dossier/dossier.lock')
    expect(html).toContain(language === 'en' ? 'would be refused and lost' : 'seraient refusées et perdues')
    expect(html).toContain(language === 'en' ? 'Take over the folder…' : 'Prendre le contrôle du dossier…')
    expect(html).toContain(language === 'en' ? 'Try again' : 'Réessayer')
    expect(html).toContain('role="status"')
  })

  it.each(['en', 'fr'] as const)('in %s has words for every holder, and for none', async (language) => {
    const variants = [...LOCK_HOLDERS.map((holder) => inUse({ holder })), inUse()]
    const pages: string[] = []
    for (const error of variants)
      pages.push(await renderIn(language, <DataInUseScreen error={error} onReopen={reopen} />))
    for (const html of pages) {
      // Every sentence found its words and its names; none fell back to a key or a hole.
      expect(html).not.toMatch(/dataInUse\.|\{\{|undefined|null/)
      // The main process's sentence is for the command line, which the window user cannot type.
      expect(html).not.toContain('--take-over')
    }
    expect(new Set(pages).size).toBe(pages.length)
    // Without the facts, the screen still explains and offers both ways, but shows no paths.
    const bare = pages.at(-1) ?? ''
    expect(bare).not.toContain('dossier.lock')
    expect(count(bare, '<button')).toBe(2)
  })

  it('falls back to the plain screen, without facts, when the details are not what it expects', async () => {
    const html = await renderIn('en', <DataInUseScreen error={inUse({ pid: 'many' })} onReopen={reopen} />)
    expect(html).not.toContain('ottawa-laptop-7')
    expect(html).toContain('Another Dossier is using your data folder.')
  })
})
