import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LIBRARY_KINDS, librarySchemas } from '@shared/entities'
import { LibrarySearch } from '../../../../src/main/core/search'
import type { IndexedItem } from '../../../../src/main/core/search'

// The library shipped with the app, searched as an officer would, without accents.

const collections = {
  partner: 'partners',
  keyMessage: 'keyMessages',
  irritant: 'irritants',
  backgroundNote: 'backgroundNotes'
} as const

function defaultLibrary(): IndexedItem[] {
  const file = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../../resources/default-library.json'), 'utf8')
  )
  return LIBRARY_KINDS.flatMap((kind) =>
    (file[collections[kind]] as unknown[]).map(
      (raw) => ({ kind, item: librarySchemas[kind].parse(raw) }) as IndexedItem
    )
  )
}

describe('searching the default library', () => {
  const search = LibrarySearch.build(defaultLibrary())

  it('finds the irritant about visa processing delays from unaccented French', () => {
    const [first] = search.search('delais traitement')
    expect(first).toMatchObject({ kind: 'irritant', id: 'irritant-visa-processing-delays' })
    expect(first?.fields).toContain('title')
  })

  it('finds the United States first from its French name typed without accents', () => {
    expect(search.search('etats unis')[0]).toMatchObject({ kind: 'partner', id: 'partner-united-states' })
  })

  it('finds the irritant about visa refusals from a French phrase with stop-words', () => {
    expect(search.search('refus de visa')[0]?.id).toBe('irritant-high-visa-refusal-rates')
  })

  it('narrows a search to partners', () => {
    const hits = search.search('Mexique', { kinds: ['partner'] })
    expect(hits[0]?.id).toBe('partner-mexico')
    expect(hits.every((hit) => hit.kind === 'partner')).toBe(true)
  })
})
