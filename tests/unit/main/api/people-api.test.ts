import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/entities'
import type { KeyMessage } from '@shared/entities'
import type { ApiTable } from '../../../../src/main/api'
import { openTestApi, tempDataDir, testFileHost, value } from './test-api'
import type { TestFileHost } from './test-api'

let folder: { dir: string; remove: () => Promise<void> }
let files: TestFileHost
let api: ApiTable

beforeEach(async () => {
  folder = await tempDataDir()
  files = testFileHost()
  api = await openTestApi(folder.dir, files)
})
afterEach(() => folder.remove())

async function saveMessage(en: string): Promise<KeyMessage> {
  const message = value(await api['library.get']({ kind: 'keyMessage', id: 'km-balanced-narrative' })) as KeyMessage
  return value(
    await api['library.save']({ kind: 'keyMessage', item: { ...message, text: { ...message.text, en } } })
  ) as KeyMessage
}

// The publisher an exported bundle names, as the office receiving it reads it.
async function publisherOfBundle(name: string): Promise<string> {
  files.saveTo = join(folder.dir, `${name}.dossier`)
  value(await api['exchange.exportBundle']({ filter: { kinds: ['keyMessage'] } }))
  files.openFrom = [files.saveTo]
  const preview = value(await api['exchange.previewBundle']({}))
  if (preview === null) throw new Error('The preview was cancelled.')
  return preview.publisher
}

describe('who is working, through the api', () => {
  it('starts a new folder with nobody named, no office, the first-start step unanswered', async () => {
    expect(value(await api['settings.get']({}))).toEqual(DEFAULT_SETTINGS)
    expect(DEFAULT_SETTINGS).toMatchObject({
      author: '',
      office: '',
      defaultMarking: 'UNCLASSIFIED',
      defaultBriefLanguage: 'en',
      welcomed: false
    })
  })

  it('keeps the answers of the first-start step, and refuses a marking or language it cannot hold', async () => {
    const answers = {
      author: 'Awa Diallo',
      office: 'Embassy of Canada to Mexico',
      defaultMarking: 'PROTECTED A',
      defaultBriefLanguage: 'bilingual',
      welcomed: true
    } as const
    expect(value(await api['settings.update'](answers))).toEqual({ ...DEFAULT_SETTINGS, ...answers })
    const secret = await api['settings.update']({ defaultMarking: 'SECRET' })
    expect(secret).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'defaultMarking' }] } })
    const german = await api['settings.update']({ defaultBriefLanguage: 'de' } as never)
    expect(german).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: 'defaultBriefLanguage' }] }
    })
    expect(value(await api['settings.get']({}))).toEqual({ ...DEFAULT_SETTINGS, ...answers })
  })

  it('writes "Unnamed user" into history until a name is given, then the name', async () => {
    expect((await saveMessage('Before a name.')).updatedBy).toBe('Unnamed user')
    value(await api['settings.update']({ author: '  Awa Diallo  ', office: 'Embassy of Canada to Mexico' }))
    const named = await saveMessage('After a name.')
    expect(named.updatedBy).toBe('Awa Diallo')
    expect(named.history.map((entry) => entry.updatedBy)).toContain('Unnamed user')
  })

  it('names the person and the office on an unsigned bundle, the person alone on a signed one', async () => {
    expect(await publisherOfBundle('nobody')).toBe('Unnamed user')
    value(await api['settings.update']({ office: 'Embassy of Canada to Mexico' }))
    expect(await publisherOfBundle('office')).toBe('Embassy of Canada to Mexico')
    value(await api['settings.update']({ author: 'Awa Diallo' }))
    expect(await publisherOfBundle('unsigned')).toBe('Awa Diallo, Embassy of Canada to Mexico')
    value(await api['keys.create']({ name: 'Embassy of Canada to Mexico' }))
    expect(await publisherOfBundle('signed')).toBe('Awa Diallo')
  })
})
