import { afterAll, describe, expect, it } from 'vitest'
import { libraryDraftSchemas } from '@shared/library-inputs'
import type { LibraryDraftByKind } from '@shared/library-inputs'
import i18n from '@renderer/i18n'
import { checkDraft, fieldId, problemsFromIssues, problemsFromServer, toProblemMap } from '@renderer/lib/field-problems'
import { problemLabel } from '@renderer/lib/problem-label'
import { newDraft } from '@renderer/features/library/edit/drafts'

afterAll(async () => {
  await i18n.changeLanguage('en')
})

function keyMessage(overrides: Partial<LibraryDraftByKind['keyMessage']> = {}): LibraryDraftByKind['keyMessage'] {
  return {
    ...newDraft('keyMessage'),
    title: { en: 'Regional growth', fr: 'Croissance régionale' },
    text: { en: 'Canada supports growth.', fr: "Le Canada soutient l'économie." },
    ...overrides
  }
}

/** The problems the form would show for a draft, as `path -> keys`. */
function problemsOf(kind: 'keyMessage' | 'partner', draft: unknown): Record<string, string[]> {
  const parsed = checkDraft(libraryDraftSchemas[kind], draft)
  if (parsed.success) return {}
  const map = toProblemMap(problemsFromIssues(parsed.error.issues))
  return Object.fromEntries([...map].map(([path, problems]) => [path, problems.map((problem) => problem.key)]))
}

describe('zod issues as problems next to their field', () => {
  it('accept a complete draft', () => {
    expect(problemsOf('keyMessage', keyMessage())).toEqual({})
  })

  it('name the custom both-languages issue by its params key, on the field that lacks a language', () => {
    const draft = keyMessage({ status: 'approved', text: { en: 'Canada supports growth.', fr: '' } })
    expect(problemsOf('keyMessage', draft)).toEqual({ text: ['validation.bothLanguages'] })
    // A draft may be half-translated.
    expect(problemsOf('keyMessage', { ...draft, status: 'draft' })).toEqual({})
  })

  it('translate too_big with its maximum, invalid_format dates, and invalid_type', () => {
    const parsed = libraryDraftSchemas.keyMessage.safeParse(
      keyMessage({ owner: 'x'.repeat(501), reviewBy: '30/06/2027', topics: undefined as unknown as [] })
    )
    expect(parsed.success).toBe(false)
    const problems = parsed.success ? [] : problemsFromIssues(parsed.error.issues)
    expect(problems).toContainEqual({ path: 'owner', key: 'validation.tooLong', values: { maximum: 500 } })
    expect(problems).toContainEqual({ path: 'reviewBy', key: 'validation.date', values: {} })
    expect(problems).toContainEqual({ path: 'topics', key: 'validation.required', values: {} })
  })

  it('ask for a date left empty as missing, and one written otherwise in the date words', () => {
    expect(problemsOf('keyMessage', keyMessage({ reviewBy: '' }))).toEqual({ reviewBy: ['validation.required'] })
    expect(problemsOf('keyMessage', keyMessage({ reviewBy: '2027-6-30' }))).toEqual({ reviewBy: ['validation.date'] })
  })

  it('reach nested fields: a person with neither a name nor a title is asked for one or the other', () => {
    const partner = {
      ...newDraft('partner'),
      name: { en: 'Atlantis', fr: 'Atlantide' },
      people: [
        {
          id: 'person-1',
          name: '',
          title: { en: '', fr: '' },
          organization: { en: '', fr: '' },
          bio: { en: '', fr: '' }
        }
      ]
    }
    expect(problemsOf('partner', partner)).toEqual({ 'people.0.name': ['validation.nameOrTitle'] })
  })

  it('say why a marking above PROTECTED B is refused, and a status outside the list', () => {
    expect(problemsOf('keyMessage', keyMessage({ marking: 'SECRET' }))).toEqual({ marking: ['validation.marking'] })
    expect(problemsOf('keyMessage', keyMessage({ status: 'published' as 'draft' }))).toEqual({
      status: ['validation.choose']
    })
  })

  it('read in the interface language', () => {
    const fr = i18n.getFixedT('fr')
    const en = i18n.getFixedT('en')
    expect(fr('validation.tooLong', { maximum: 500 })).toBe('Ne dépassez pas 500 caractères.')
    expect(en('validation.bothLanguages')).toContain('both English and French')
    expect(fr('validation.bothLanguages')).toContain('en français et en anglais')
  })
})

describe("the server's refusals", () => {
  it('drop the request prefix so they land on the same fields, and keep the server sentence', () => {
    expect(problemsFromServer([{ path: 'item.title.fr', message: 'Too long.' }])).toEqual([
      { path: 'title.fr', key: 'validation.server', values: {}, serverMessage: 'Too long.' }
    ])
    // A refusal the contract names is said in the user's language, not in the server's English.
    const [taken] = problemsFromServer([{ path: 'item.name.fr', message: 'Another partner…', key: 'duplicate-name' }])
    expect(taken).toEqual({ path: 'name.fr', key: 'validation.duplicateName', values: {} })
    expect(i18n.getFixedT('fr')(taken!.key)).toBe(
      'Un autre partenaire porte déjà ce nom\u00a0: donnez à celui-ci un nom qui les distingue.'
    )
  })
})

describe('problem labels and field ids', () => {
  it('name a nested field the way the form labels it', () => {
    const t = i18n.getFixedT('en')
    expect(problemLabel(t, 'title.fr')).toBe('Title, French')
    expect(problemLabel(t, 'keyFacts.1.label.en')).toBe('Key fact 2, Label, English')
    expect(problemLabel(i18n.getFixedT('fr'), 'responsiveLines.0.text.fr')).toBe(
      'Ligne de réponse 1, Quoi dire, Français'
    )
  })

  it('give every path a safe, stable element id', () => {
    expect(fieldId('keyFacts.0.label.en')).toBe('field-keyFacts-0-label-en')
  })
})
