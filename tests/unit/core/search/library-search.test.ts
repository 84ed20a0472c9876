import { describe, expect, it, vi } from 'vitest'
import type { BackgroundNote } from '@shared/entities'
import { foldText } from '@shared/fold-text'
import { LibrarySearch } from '../../../../src/main/core/search'
import type { SearchHit } from '../../../../src/main/core/search'
import { backgroundNote, bi, irritant, keyMessage, partner, sampleLibrary } from './fixtures'

const ids = (hits: SearchHit[]): string[] => hits.map((hit) => hit.id)
const library = (): LibrarySearch => LibrarySearch.build(sampleLibrary())

describe('accents and case', () => {
  it('finds accented text from a query typed without accents', () => {
    const search = LibrarySearch.build([
      keyMessage('km-growth', bi('Growth', 'Croissance'), bi('Jobs and wages', 'L’économie des régions')),
      backgroundNote('bg-quebec', bi('Provinces', 'Provinces'), bi('Agreement with Ontario', 'Accord avec le Québec'))
    ])
    expect(ids(search.search('economie'))).toEqual(['km-growth'])
    expect(ids(search.search('quebec'))).toEqual(['bg-quebec'])
    expect(ids(search.search('QUEBEC'))).toEqual(['bg-quebec'])
  })

  it('finds unaccented text from a query typed with accents', () => {
    const search = LibrarySearch.build([
      keyMessage('km-draft', bi('Refugies draft', ''), bi('Notes on refugies in Quebec', ''))
    ])
    expect(ids(search.search('réfugiés'))).toEqual(['km-draft'])
    expect(ids(search.search('Québec'))).toEqual(['km-draft'])
    // Accents typed as separate combining marks, as some keyboards and pasted text produce.
    expect(ids(search.search('re\u0301fugie\u0301s'))).toEqual(['km-draft'])
  })
})

describe('French words', () => {
  it('finds a word written after an elision, with either apostrophe', () => {
    const search = LibrarySearch.build([
      keyMessage('km-straight', bi('Claims', 'Demandes'), bi('', "Le traitement des demandes d'asile.")),
      keyMessage('km-curly', bi('System', 'Système'), bi('', 'L’asile est un droit.'))
    ])
    expect(ids(search.search('asile')).sort()).toEqual(['km-curly', 'km-straight'])
    expect(ids(search.search('l’asile')).sort()).toEqual(['km-curly', 'km-straight'])
    expect(ids(search.search("d'asile")).sort()).toEqual(['km-curly', 'km-straight'])
  })

  it('finds a word written with a ligature from plain letters', () => {
    expect(ids(library().search('oeuvre'))).toEqual(['km-economy'])
  })

  it('finds French and English text of the same item', () => {
    const search = library()
    expect(ids(search.search('délais'))).toEqual(['irr-visa-delays'])
    expect(ids(search.search('delays'))).toEqual(['irr-visa-delays'])
  })
})

describe('texts with lists and emphasis', () => {
  it('finds words inside bold, italics and lists, and never the markers or list numbers', () => {
    const search = LibrarySearch.build([
      backgroundNote(
        'bg-structured',
        bi('Envelopes', 'Enveloppes'),
        bi('Funding for:\n12. **Afghanistan** neighbours;\n13. _climate_ mobility\n- *Americas*', 'Financement')
      ),
      keyMessage('km-plain', bi('Counts', 'Chiffres'), bi('Claims rose 12 % in 2024.', ''))
    ])
    expect(ids(search.search('afghanistan'))).toEqual(['bg-structured'])
    expect(ids(search.search('climate'))).toEqual(['bg-structured'])
    expect(ids(search.search('americas'))).toEqual(['bg-structured'])
    // "12." and "13." number the list; they are not words of the text.
    expect(ids(search.search('12'))).toEqual(['km-plain'])
    expect(ids(search.search('13'))).toEqual([])
  })
})

describe('prefixes and typos', () => {
  it('finds a word from its first letters, and reports the whole word', () => {
    const hits = library().search('migr')
    expect(ids(hits)).toEqual(['bg-migration-data'])
    expect(hits[0]?.terms).toEqual(['migration'])
    expect(ids(library().search('réinst'))).toEqual(['bg-resettlement'])
  })

  it('finds a word with a small typo', () => {
    const search = library()
    expect(ids(search.search('visaa'))).toEqual(['irr-visa-delays'])
    const hits = search.search('refugess')
    expect(ids(hits).sort()).toEqual(['bg-resettlement', 'km-asylum'])
    expect(hits[0]?.terms).toContain('refugees')
  })

  it('does not guess at typos in short words', () => {
    expect(library().search('vsa')).toEqual([])
  })
})

describe('words past any language', () => {
  it('are cut to 64 letters, in the index and in queries alike, never inside a character', () => {
    // "a", "aa", "aaa"... would nest the words' tree a branch per word, as deep as the text goes.
    const nested = Array.from({ length: 300 }, (_, index) => 'a'.repeat(index + 1)).join(' ')
    // U+20000, a letter written as two UTF-16 units.
    const wide = `${'b'.repeat(63)}\u{20000}c end`
    const search = LibrarySearch.build([
      keyMessage('km-nested', bi('Nested', 'Imbriqué'), bi(nested, nested)),
      keyMessage('km-wide', bi('Wide', 'Large'), bi(wide, wide))
    ])
    expect(ids(search.search('a'.repeat(250)))).toEqual(['km-nested'])
    expect(ids(search.search('a'.repeat(64)))).toEqual(['km-nested'])
    expect([...(search.search('a'.repeat(200))[0]?.terms ?? [])]).toContain('a'.repeat(64))
    // The wide letter's first half would be letter 64: the word stops before it, whole.
    const wideHit = search.search(`${'b'.repeat(63)}\u{20000}c`)[0]
    expect(wideHit?.id).toBe('km-wide')
    expect([...(wideHit?.terms ?? [])]).toEqual(['b'.repeat(63)])
  })
})

describe('ranking', () => {
  it('puts an item with the word in its title before one with it only in the text', () => {
    const search = LibrarySearch.build([
      backgroundNote(
        'bg-body',
        bi('Regional cooperation', 'Coopération régionale'),
        bi('Asylum claims, asylum hearings and asylum appeals.', 'Demandes d’asile.')
      ),
      keyMessage('km-title', bi('Asylum', 'Asile'), bi('Canada keeps its word.', 'Le Canada tient parole.'))
    ])
    const hits = search.search('asylum')
    expect(ids(hits)).toEqual(['km-title', 'bg-body'])
    expect(hits[0]?.fields).toContain('title')
    expect(hits[1]?.fields).toEqual(['body'])
  })

  it('shows only items matching every word when some do', () => {
    expect(ids(library().search('visa delays'))).toEqual(['irr-visa-delays'])
    expect(ids(library().search('refugees canada'))).toEqual(expect.arrayContaining(['km-asylum', 'bg-resettlement']))
    expect(ids(library().search('refugees canada'))).not.toContain('km-economy')
  })

  it('falls back to items matching some words, those matching more first', () => {
    const search = LibrarySearch.build([
      keyMessage('km-one', bi('Visa rules', 'Règles de visa'), bi('', '')),
      keyMessage('km-two', bi('Visa and resettlement', 'Visa et réinstallation'), bi('', '')),
      keyMessage('km-none', bi('Trade', 'Commerce'), bi('', ''))
    ])
    expect(ids(search.search('visa resettlement xylophone'))).toEqual(['km-two', 'km-one'])
    expect(ids(search.search('visa xylophone'))).toEqual(['km-one', 'km-two'])
  })

  it('ranks an exact word before a longer word it starts, before a typo', () => {
    const search = LibrarySearch.build([
      keyMessage('km-typo', bi('Note', 'Note'), bi('Entry vise.', 'Entrée.')),
      keyMessage('km-prefix', bi('Note', 'Note'), bi('Entry visas.', 'Entrée.')),
      keyMessage('km-exact', bi('Note', 'Note'), bi('Entry visa.', 'Entrée.'))
    ])
    expect(ids(search.search('visa'))).toEqual(['km-exact', 'km-prefix', 'km-typo'])
  })
})

describe('narrowing', () => {
  it('keeps only the kinds asked for', () => {
    const search = library()
    expect(ids(search.search('refugees', { kinds: ['backgroundNote'] }))).toEqual(['bg-resettlement'])
    expect(ids(search.search('refugees', { kinds: ['partner', 'irritant'] }))).toEqual([])
  })

  it('applies a custom filter to the item kind and id, before the limit, and hands it the item as indexed', () => {
    const search = library()
    const filter = vi.fn((kind: string, id: string) => !(kind === 'keyMessage' && id === 'km-asylum'))
    expect(ids(search.search('refugees', { filter, limit: 1 }))).toEqual(['bg-resettlement'])
    expect(filter).toHaveBeenCalledWith('keyMessage', 'km-asylum', expect.objectContaining({ id: 'km-asylum' }))
  })

  it('asks a keyed filter once per item while the key stays, and again for an item changed since', () => {
    const search = library()
    const refused = new Set(['km-asylum'])
    const filter = vi.fn((_kind: string, id: string) => !refused.has(id))
    expect(ids(search.search('refugees', { filter, filterKey: 'not asylum' }))).toEqual(['bg-resettlement'])
    const asked = filter.mock.calls.length
    expect(asked).toBeGreaterThan(0)
    // Another query with the same key: the answers kept are used, none is asked again.
    expect(ids(search.search('refugees asylum', { filter, filterKey: 'not asylum' }))).toEqual(['bg-resettlement'])
    expect(search.search('réfugiés', { filter, filterKey: 'not asylum' }).map((hit) => hit.id)).not.toContain(
      'km-asylum'
    )
    expect(filter.mock.calls.length).toBe(asked)

    // The item is edited: only it is asked again, and its new answer counts.
    refused.clear()
    const edited = sampleLibrary().find((entry) => entry.item.id === 'km-asylum')
    if (edited === undefined) throw new Error('The sample library has no km-asylum')
    search.upsert({ ...edited, item: { ...edited.item, version: 2 } })
    expect(ids(search.search('refugees', { filter, filterKey: 'not asylum' }))).toContain('km-asylum')
    expect(filter.mock.calls.slice(asked).map(([, id]) => id)).toEqual(['km-asylum'])
  })

  it('asks a filter afresh under another key, with other kinds, or without a key', () => {
    const search = library()
    const filter = vi.fn((_kind: string, id: string) => id !== 'km-asylum')
    search.search('refugees', { filter, filterKey: 'a' })
    const once = filter.mock.calls.length
    search.search('refugees', { filter, filterKey: 'b' })
    expect(filter.mock.calls.length).toBe(once * 2)
    search.search('refugees', { filter, filterKey: 'b', kinds: ['keyMessage', 'backgroundNote'] })
    expect(filter.mock.calls.length).toBe(once * 3)
    search.search('refugees', { filter })
    search.search('refugees', { filter })
    expect(filter.mock.calls.length).toBe(once * 5)
    // Kinds alone are a rule of their own, kept apart from a filter's.
    expect(ids(search.search('refugees', { kinds: ['backgroundNote'] }))).toEqual(['bg-resettlement'])
    expect(ids(search.search('refugees', { kinds: ['keyMessage'] }))).toEqual(['km-asylum'])
  })

  it('returns at most 50 hits unless told otherwise, the best first', () => {
    const items = Array.from({ length: 60 }, (_, index) =>
      keyMessage(`km-${index}`, bi(`Message ${index}`, `Message ${index}`), bi('Asylum '.repeat(1 + (index % 7)), ''))
    )
    const search = LibrarySearch.build(items)
    const all = search.search('asylum', { limit: 100 })
    expect(all).toHaveLength(60)
    expect(search.search('asylum')).toHaveLength(50)
    expect(ids(search.search('asylum', { limit: 5 }))).toEqual(ids(all.slice(0, 5)))
    const scores = all.map((hit) => hit.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })
})

describe('edits', () => {
  it('replaces an item on upsert, so its old text is no longer found', () => {
    const search = library()
    search.upsert(keyMessage('km-economy', bi('Labour markets', 'Marché du travail'), bi('Skills.', 'Compétences.')))
    expect(search.search('economy')).toEqual([])
    expect(search.search('économie')).toEqual([])
    expect(ids(search.search('labour'))).toEqual(['km-economy'])
    expect(search.search('labour')).toHaveLength(1)
  })

  it('adds a new item on upsert and forgets a removed one', () => {
    const search = library()
    search.upsert(
      irritant('irr-fees', bi('Application fees', 'Frais de demande'), bi('Fees rose.', 'Les frais ont augmenté.'))
    )
    expect(ids(search.search('frais'))).toEqual(['irr-fees'])
    search.remove('irritant', 'irr-fees')
    expect(search.search('frais')).toEqual([])
    search.remove('irritant', 'never-indexed')
    expect(ids(search.search('visa'))).toEqual(['irr-visa-delays'])
  })

  it('keeps the same kind-less id apart across kinds', () => {
    const search = LibrarySearch.build([
      keyMessage('shared-id', bi('Visa', 'Visa'), bi('', '')),
      irritant('shared-id', bi('Visa', 'Visa'), bi('', ''))
    ])
    search.remove('keyMessage', 'shared-id')
    expect(search.search('visa').map((hit) => hit.kind)).toEqual(['irritant'])
  })

  it('stays right after many edits clean up the index', () => {
    const items = Array.from({ length: 1500 }, (_, index) =>
      keyMessage(`km-${index}`, bi(`Topic ${index}`, `Sujet ${index}`), bi(index % 2 ? 'asylum' : 'visa', ''))
    )
    const search = LibrarySearch.build(items)
    for (let index = 0; index < 1400; index += 1) search.remove('keyMessage', `km-${index}`)
    expect(search.search('asylum', { limit: 1000 })).toHaveLength(50)
    expect(search.search('visa', { limit: 1000 })).toHaveLength(50)
    for (let index = 0; index < 1400; index += 1) {
      search.upsert(keyMessage(`km-new-${index}`, bi('Returns', 'Retours'), bi('Removal orders', 'Renvois')))
    }
    expect(search.search('returns', { limit: 2000 })).toHaveLength(1400)
    expect(search.search('asylum', { limit: 1000 })).toHaveLength(50)
    expect(ids(search.search('topic 1499'))).toEqual(['km-1499'])
  })

  it('finds a word written again after its items were cleaned out, only where it is now', () => {
    const items = Array.from({ length: 1000 }, (_, index) =>
      keyMessage(`km-${index}`, bi(`Zebra ${index}`, `Zèbre ${index}`), bi('', ''))
    )
    const search = LibrarySearch.build(items)
    // A thousand removals clean the index up: their words are forgotten, their numbers freed.
    for (let index = 0; index < 1000; index += 1) search.remove('keyMessage', `km-${index}`)
    expect(search.search('zebra')).toEqual([])
    search.upsert(keyMessage('km-back', bi('Okapi', 'Okapi'), bi('A Zebra, then a Zèbre.', '')))
    search.upsert(keyMessage('km-other', bi('Giraffe', 'Girafe'), bi('', '')))
    expect(ids(search.search('zebra'))).toEqual(['km-back'])
    expect(ids(search.search('zebre'))).toEqual(['km-back'])
    expect(ids(search.search('girafe'))).toEqual(['km-other'])
  })
})

describe('queries that find nothing', () => {
  it('returns nothing for an empty or blank query', () => {
    const search = library()
    expect(search.search('')).toEqual([])
    expect(search.search('   \t ')).toEqual([])
    expect(search.search(' -- ? ')).toEqual([])
    expect(search.search('🇨🇦 …')).toEqual([])
  })

  it('reads words around emoji and punctuation', () => {
    expect(ids(library().search('🇨🇦visa—delays!'))).toEqual(['irr-visa-delays'])
  })

  it('ignores very common words, and finds nothing for them alone', () => {
    const search = library()
    expect(search.search('the ')).toEqual([])
    expect(search.search('les de la.')).toEqual([])
    expect(search.search('of the and ')).toEqual([])
    expect(ids(search.search('the economy of the regions'))).toEqual(['km-economy'])
  })

  it('takes a common word the query ends in as the start of the word being typed', () => {
    const search = library()
    // `as` on the way to `asylum` or `asile`: the items with those words, never `as` itself.
    const typing = search.search('as')
    expect(ids(typing)).toContain('km-asylum')
    expect(typing.flatMap((hit) => hit.terms)).not.toContain('as')
    expect(typing.flatMap((hit) => hit.terms)).toEqual(expect.arrayContaining(['asylum', 'asile']))
    // Required as any last word: only items with a word it starts, and with the words before it.
    expect(ids(search.search('integrity as'))).toEqual(['km-asylum'])
    expect(ids(search.search('labour la'))).toEqual(ids(search.search('labour')))
    // Once a space or a mark follows, it is a common word again and left out.
    expect(search.search('integrity as ')).toEqual(search.search('integrity'))
  })

  it('leaves out a common word being typed that starts no word of the library', () => {
    const search = library()
    expect(search.search('aux')).toEqual([])
    expect(ids(search.search('qu'))).toEqual(['quebec-office'])
    // Not a word matching nothing, which would let in the items matching only `refugees`.
    expect(search.searchCounted('refugees resettlement a')).toEqual(search.searchCounted('refugees resettlement'))
    expect(search.searchCounted('refugees resettlement').total).toBe(1)
  })
})

describe('what a hit says', () => {
  it('returns folded words that appear in the folded item text, for highlighting', () => {
    const [hit] = library().search('RÉINSTALLATION réfugiés')
    expect(hit?.id).toBe('bg-resettlement')
    // The typo tolerance also finds the English `refugee(s)`, one letter away from `refugies`.
    expect(hit?.terms).toEqual(expect.arrayContaining(['refugies', 'reinstallation', 'refugees']))
    const note = sampleLibrary().find((entry) => entry.item.id === 'bg-resettlement')?.item as BackgroundNote
    const shown = foldText([note.title.en, note.title.fr, note.body.en, note.body.fr].join(' '))
    for (const term of hit?.terms ?? []) expect(shown).toMatch(new RegExp(`\\b${term}\\b`))
  })

  it('names the matched words of an item whose words the library met first in another order', () => {
    // The first item numbers its words alpha, bravo, charlie; the second lists them as charlie,
    // alpha, bravo: its words are found in number order whatever order it wrote them in.
    const search = LibrarySearch.build([
      keyMessage('first', bi('alpha bravo charlie', 'alpha bravo charlie'), bi('', '')),
      keyMessage('second', bi('charlie alpha bravo', 'charlie alpha bravo'), bi('', ''))
    ])
    for (const word of ['alpha', 'bravo', 'charlie']) {
      const hits = search.search(word)
      expect(ids(hits).sort()).toEqual(['first', 'second'])
      for (const hit of hits) expect(hit.terms).toEqual([word])
    }
  })

  it('names the matched words of a short prefix that stands for more words than the item holds', () => {
    // "mi" stands for forty words of the library; the item holds three words, two of them "mi…".
    const many = Array.from({ length: 40 }, (_, index) => `mi${String.fromCharCode(97 + (index % 26))}${index}`)
    const search = LibrarySearch.build([
      keyMessage('wide', bi(many.join(' '), ''), bi('', '')),
      keyMessage('narrow', bi('milieu minister protection', ''), bi('', ''))
    ])
    const narrow = search.search('mi').find((hit) => hit.id === 'narrow')
    expect([...(narrow?.terms ?? [])].sort()).toEqual(['milieu', 'minister'])
    const wide = search.search('mi').find((hit) => hit.id === 'wide')
    expect([...(wide?.terms ?? [])].sort()).toEqual([...many].sort())
  })

  it('names the fields that matched: people, programmes, responsive lines', () => {
    const search = library()
    const [person] = search.search('Dupre')
    expect(person).toMatchObject({ kind: 'partner', id: 'quebec-office', fields: ['people'], terms: ['dupre'] })
    const [programme] = search.search('mobilite')
    expect(programme?.fields).toEqual(['programmes'])
    const [line] = search.search('staff')
    expect(line).toMatchObject({ kind: 'irritant', id: 'irr-visa-delays', fields: ['lines'] })
  })
})

describe('partners', () => {
  it('finds a partner by name above items that mention it', () => {
    const search = LibrarySearch.build([
      partner('mexico', bi('Mexico', 'Mexique'), bi('A North American partner.', 'Un partenaire nord-américain.')),
      keyMessage('km-visa-mexico', bi('Visa requirement', 'Exigence de visa'), bi('Mexico visitors need an eTA.', ''))
    ])
    expect(ids(search.search('mexique'))).toEqual(['mexico'])
    expect(ids(search.search('mexico'))).toEqual(['mexico', 'km-visa-mexico'])
  })
})

describe("a partner's figures", () => {
  it('finds the partner by the name of a figure series, in either language', () => {
    const source = { document: bi('Test table', 'Tableau d’essai'), link: '', asOf: '2025-05' }
    const figures = [
      {
        id: 'series-permits',
        name: bi('Study permits issued', 'Permis d’études délivrés'),
        unit: 'count' as const,
        points: [{ year: 2024, value: 100, source }]
      }
    ]
    const search = LibrarySearch.build([
      partner('partner-atlantis', bi('Atlantis', 'Atlantide'), bi('An island.', 'Une île.'), { figures }),
      partner('partner-lemuria', bi('Lemuria', 'Lémurie'), bi('A continent.', 'Un continent.'))
    ])
    expect(ids(search.search('study permits'))).toEqual(['partner-atlantis'])
    expect(ids(search.search('permis d’etudes'))).toEqual(['partner-atlantis'])
  })
})
