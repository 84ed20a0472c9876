// Data version 3 made a brief's place and its participants' titles and organizations bilingual.
// A version 2 value is one string in an unrecorded language: it must land in the language it is
// written in, with the other left empty (so the brief's checks ask for the translation), never
// copied into both. The fixture in tests/fixtures/data-v2 holds briefs typed each way.
import { cp, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { briefChecks } from '@shared/brief-rules'
import { bilingualMeetingFields } from '../../../src/main/store/migrations/bilingual-meeting-fields'
import { openStore, SCHEMA_VERSION } from '../../../src/main/store/index'
import { cleanTempDirs, makeTempDir, optionsFor, steppingClock } from './helpers'

afterEach(cleanTempDirs)

const FIXTURE = fileURLToPath(new URL('../../fixtures/data-v2', import.meta.url))

const person = (title: string, organization: string) => ({ name: 'A. Martin', title, organization, personId: null })

function briefFile(language: string, place: string, participants: ReturnType<typeof person>[]) {
  return {
    schemaVersion: 2,
    brief: {
      id: 'b',
      language,
      meeting: { date: '2026-06-01', time: '', place, format: 'bilateral' },
      participants: { canada: participants, partner: [] }
    }
  }
}

describe('upgrade 2 -> 3: bilingual meeting fields', () => {
  it('puts an English brief’s place and participants on the English side only', () => {
    const upgraded = bilingualMeetingFields.migrate(
      briefFile('en', 'Ottawa', [person('Director General', 'IRCC')])
    ) as { brief: { meeting: { place: unknown }; participants: { canada: unknown[] } } }
    expect(upgraded.brief.meeting.place).toEqual({ en: 'Ottawa', fr: '' })
    expect(upgraded.brief.participants.canada).toEqual([
      {
        name: 'A. Martin',
        title: { en: 'Director General', fr: '' },
        organization: { en: 'IRCC', fr: '' },
        personId: null
      }
    ])
  })

  it('puts a French brief’s texts on the French side, unless they are clearly English', () => {
    const french = bilingualMeetingFields.migrate(briefFile('fr', 'Ottawa', [])) as { brief: { meeting: unknown } }
    expect(french.brief.meeting).toMatchObject({ place: { en: '', fr: 'Ottawa' } })
    const typedInEnglish = bilingualMeetingFields.migrate(
      briefFile('fr', 'The meeting room of the department', [person('Head of the delegation', 'Embassy of Canada')])
    ) as { brief: { meeting: unknown } }
    expect(typedInEnglish.brief.meeting).toMatchObject({ place: { en: 'The meeting room of the department', fr: '' } })
  })

  it('reads a bilingual brief’s texts together, and takes English when they say too little', () => {
    const french = bilingualMeetingFields.migrate(
      briefFile('bilingual', 'Salle de réunion', [
        person('Chef de la délégation', 'Ambassade du Canada auprès de la France')
      ])
    ) as { brief: { meeting: unknown } }
    expect(french.brief.meeting).toMatchObject({ place: { en: '', fr: 'Salle de réunion' } })
    const short = bilingualMeetingFields.migrate(briefFile('bilingual', 'Ottawa', [])) as {
      brief: { meeting: unknown }
    }
    expect(short.brief.meeting).toMatchObject({ place: { en: 'Ottawa', fr: '' } })
  })

  it('leaves library, packages and settings files, and values already bilingual, alone', () => {
    const library = { schemaVersion: 2, items: [{ id: 'a', history: [] }] }
    expect(bilingualMeetingFields.migrate(library)).toEqual(library)
    const settings = { schemaVersion: 2, settings: { uiLanguage: 'en', author: '' } }
    expect(bilingualMeetingFields.migrate(settings)).toEqual(settings)
    const done = {
      schemaVersion: 2,
      brief: { id: 'b', language: 'en', meeting: { place: { en: 'Ottawa', fr: 'Ottawa' } }, participants: {} }
    }
    expect(bilingualMeetingFields.migrate(done)).toEqual(done)
  })

  it('opens a version 2 data folder, says which translations are missing, and writes it back at version 3', async () => {
    const dataDir = await makeTempDir()
    await cp(FIXTURE, dataDir, { recursive: true })
    const store = await openStore(optionsFor(dataDir, { now: steppingClock() }))

    const english = store.briefs.get('b-english')!
    expect(english.meeting.place).toEqual({ en: 'Mexico City', fr: '' })
    expect(english.participants.partner[0]).toEqual({
      name: 'J. Pérez',
      title: { en: 'Head of the Commission', fr: '' },
      organization: { en: 'COMAR', fr: '' },
      personId: null
    })
    expect(store.briefs.get('b-french')!.participants.canada[0]!.title).toEqual({ en: '', fr: 'Directrice générale' })
    expect(store.briefs.get('b-bilingual-french')!.meeting.place).toEqual({
      en: '',
      fr: 'Salle de réunion du ministère'
    })
    expect(store.briefs.get('b-bilingual-short')!.meeting.place).toEqual({ en: 'Ottawa', fr: '' })

    // Exported in French, the upgraded English brief is stopped until its place and people are translated.
    const missing = briefChecks({ ...english, language: 'fr' }, () => undefined, '2026-05-01').filter(
      (check) => check.code === 'missing-language'
    )
    expect(missing.map((check) => [check.field, check.detail])).toEqual(
      expect.arrayContaining([
        ['meeting.place', 'fr'],
        ['participants.canada.0.title', 'fr'],
        ['participants.partner.0.organization', 'fr']
      ])
    )

    // A save writes version 3.
    await store.briefs.put({ ...english, meeting: { ...english.meeting, place: { en: 'Mexico City', fr: 'Mexico' } } })
    const onDisk = JSON.parse(await readFile(join(dataDir, 'briefs', 'b-english.json'), 'utf8'))
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION)
    expect(onDisk.brief.meeting.place).toEqual({ en: 'Mexico City', fr: 'Mexico' })
    const reopened = await openStore(optionsFor(dataDir, { now: steppingClock() }))
    expect(reopened.briefs.get('b-english')!.meeting.place).toEqual({ en: 'Mexico City', fr: 'Mexico' })
  })
})
