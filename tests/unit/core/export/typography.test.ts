// Every run of an export goes through typeset() just before it is written. These inputs are the
// ones that trip simple rules: addresses and times that hold colons, text already set by hand,
// English inside a French document, and spaces of every kind.
import { describe, expect, it } from 'vitest'
import { typeset } from '../../../../src/main/core/export/typography'

const NB = '\u00A0'
const fr = (text: string) => typeset(text, 'fr')
const en = (text: string) => typeset(text, 'en')

describe('French typography (Translation Bureau, Canadian French)', () => {
  it('puts a no-break space before the colon, whatever space was there', () => {
    expect(fr('Date: 17 février')).toBe(`Date${NB}: 17 février`)
    expect(fr('Date : 17 février')).toBe(`Date${NB}: 17 février`)
    expect(fr('Date  : 17 février')).toBe(`Date${NB}: 17 février`)
    expect(fr(`Date\u202F: 17 février`)).toBe(`Date${NB}: 17 février`)
    expect(fr('À confirmer :')).toBe(`À confirmer${NB}:`)
    expect(fr('Objectifs :\nsuite')).toBe(`Objectifs${NB}:\nsuite`)
  })

  it('leaves a colon already preceded by a no-break space as it is', () => {
    const set = `Si la question est soulevée${NB}: le Canada`
    expect(fr(set)).toBe(set)
    expect(fr(fr('Lieu : Ottawa'))).toBe(fr('Lieu : Ottawa'))
  })

  it('does not touch colons that are not punctuation: addresses, paths, ratios written tight', () => {
    expect(fr('Voir https://www.canada.ca/fr/immigration.html : la page')).toBe(
      `Voir https://www.canada.ca/fr/immigration.html${NB}: la page`
    )
    expect(fr('Écrire à mailto:bureau@example.ca')).toBe('Écrire à mailto:bureau@example.ca')
    expect(fr('le fichier C:\\dossier')).toBe('le fichier C:\\dossier')
    expect(fr('https://x.ca/a?b=1&c=2 ; ensuite')).toBe('https://x.ca/a?b=1&c=2; ensuite')
  })

  it('writes a clock time inside text as Canadian French does', () => {
    expect(fr('La séance commence à 10:30 et finit à 12:00.')).toBe(
      `La séance commence à 10${NB}h${NB}30 et finit à 12${NB}h.`
    )
    expect(fr('à 9h30 puis à 14 h')).toBe(`à 9${NB}h${NB}30 puis à 14${NB}h`)
    expect(fr('pendant 3 heures')).toBe('pendant 3 heures')
    expect(fr('le 10:30:15')).toBe('le 10:30:15')
  })

  it('removes any space before ; ? ! (no thin space in Canada)', () => {
    expect(fr('Pourquoi ? Parce que ; enfin !')).toBe('Pourquoi? Parce que; enfin!')
    expect(fr(`Vraiment${NB}?`)).toBe('Vraiment?')
    expect(fr(`Vraiment\u202F!`)).toBe('Vraiment!')
    expect(fr('Déjà bien; rien à faire?')).toBe('Déjà bien; rien à faire?')
  })

  it('puts one no-break space inside guillemets, and keeps it when already there', () => {
    expect(fr('le chapitre «Relations internationales»')).toBe(`le chapitre «${NB}Relations internationales${NB}»`)
    expect(fr('le chapitre « Relations internationales »')).toBe(`le chapitre «${NB}Relations internationales${NB}»`)
    expect(fr(`«${NB}${NB}Relations${NB}»`)).toBe(`«${NB}Relations${NB}»`)
    expect(fr(`« Quoi ? »`)).toBe(`«${NB}Quoi?${NB}»`)
  })

  it('puts it there too when the quoted words are a run of their own (in bold)', () => {
    expect(fr('Statuer « ')).toBe(`Statuer «${NB}`)
    expect(fr('Statuer «')).toBe(`Statuer «${NB}`)
    expect(fr(' » et équitablement')).toBe(`${NB}» et équitablement`)
  })

  it('turns typed double quotes into guillemets, spaced as guillemets are, in one run or over three', () => {
    expect(fr('il a dit "oui", puis "non"')).toBe(`il a dit «${NB}oui${NB}», puis «${NB}non${NB}»`)
    expect(fr('"Réfugiés"')).toBe(`«${NB}Réfugiés${NB}»`)
    // The quoted words in bold: the quotes stand in the runs around them.
    expect([fr('Statuer "'), fr('rapidement'), fr('" et équitablement')]).toEqual([
      `Statuer «${NB}`,
      'rapidement',
      `${NB}» et équitablement`
    ])
  })

  it('uses the typographic apostrophe', () => {
    expect(fr("l'appui du Canada à l'égard d'aujourd'hui")).toBe('l’appui du Canada à l’égard d’aujourd’hui')
    expect(fr('l’asile')).toBe('l’asile')
  })

  it('holds digit groups and units together with no-break spaces, and leaves years alone', () => {
    expect(fr('Environ 8 900 km de frontière')).toBe(`Environ 8${NB}900${NB}km de frontière`)
    expect(fr('1 250 000 personnes, soit 12 %')).toBe(`1${NB}250${NB}000 personnes, soit 12${NB}%`)
    expect(fr('en 2026 200 demandes')).toBe('en 2026 200 demandes')
    expect(fr('depuis 2017')).toBe('depuis 2017')
  })
})

describe('English typography', () => {
  it('takes the space out before a colon and leaves French rules out', () => {
    expect(en('Date : February 17')).toBe('Date: February 17')
    expect(en(`If raised${NB}:`)).toBe('If raised:')
    expect(en('Why? Because; finally!')).toBe('Why? Because; finally!')
    expect(en('the "Relations" chapter at 10:30')).toBe('the “Relations” chapter at 10:30')
    expect(en('about 8,900 km')).toBe('about 8,900 km')
  })

  it('uses the same apostrophe as French, so a bilingual document has one style', () => {
    expect(en("Canada's partners' views, 'in quotes'")).toBe('Canada’s partners’ views, ‘in quotes’')
    // Double quotes too, beside them: one style in a document, not curly singles next to straight doubles.
    expect(en('"Yes," she said, "in 2027."')).toBe('“Yes,” she said, “in 2027.”')
    expect([en('the "'), en('whole'), en('" plan')]).toEqual(['the “', 'whole', '” plan'])
    // An address in quotes keeps its closing quote; a quote after an apostrophe or a dash opens.
    expect(en('see "https://example.org/x" now')).toBe('see “https://example.org/x” now')
    expect(fr('voir "www.canada.ca"')).toBe(`voir «${NB}www.canada.ca${NB}»`)
    expect(fr('l\'"expert"')).toBe(`l’«${NB}expert${NB}»`)
    expect(en('yes—"no"')).toBe('yes—“no”')
  })

  it('leaves addresses alone', () => {
    expect(en("see https://example.ca/it's : here")).toBe("see https://example.ca/it's: here")
  })
})
