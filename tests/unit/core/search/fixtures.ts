import { librarySchemas } from '@shared/entities'
import type { BackgroundNote, Irritant, KeyMessage, Partner } from '@shared/entities'
import { isComplete } from '@shared/languages'
import type { BilingualText } from '@shared/languages'
import type { IndexedItem } from '../../../../src/main/core/search'
import { emptySource } from '@shared/source'

// Small bilingual library items, parsed with the contract's schemas so they have its shapes.
// An item missing a language is a draft, as the contract requires.

const meta = {
  status: 'approved' as const,
  marking: 'UNCLASSIFIED' as const,
  owner: 'IRCC International Relations',
  topics: [],
  lastReviewed: '2026-03-01',
  source: emptySource(),
  reviewBy: '2027-03-01',
  version: 1,
  updatedAt: '2026-03-01T12:00:00.000Z',
  updatedBy: 'test',
  history: []
}

function status(...texts: BilingualText[]): 'approved' | 'draft' {
  return texts.every(isComplete) ? 'approved' : 'draft'
}

export function bi(en: string, fr: string): BilingualText {
  return { en, fr }
}

export function keyMessage(id: string, title: BilingualText, text: BilingualText): IndexedItem<'keyMessage'> {
  const item: KeyMessage = librarySchemas.keyMessage.parse({
    ...meta,
    status: status(title, text),
    id,
    title,
    text,
    partnerIds: []
  })
  return { kind: 'keyMessage', item }
}

export function irritant(
  id: string,
  title: BilingualText,
  context: BilingualText,
  lines: BilingualText[] = []
): IndexedItem<'irritant'> {
  const responsiveLines = lines.map((text, index) => ({ id: `${id}-line-${index}`, text, partnerId: null }))
  const item: Irritant = librarySchemas.irritant.parse({
    ...meta,
    status: status(title, context),
    id,
    title,
    context,
    responsiveLines,
    partnerIds: []
  })
  return { kind: 'irritant', item }
}

export function backgroundNote(id: string, title: BilingualText, body: BilingualText): IndexedItem<'backgroundNote'> {
  const item: BackgroundNote = librarySchemas.backgroundNote.parse({
    ...meta,
    status: status(title, body),
    id,
    title,
    body,
    partnerIds: []
  })
  return { kind: 'backgroundNote', item }
}

export function partner(
  id: string,
  name: BilingualText,
  summary: BilingualText,
  extra: Partial<Pick<Partner, 'relationship' | 'keyFacts' | 'people' | 'programmes' | 'tags' | 'figures'>> = {}
): IndexedItem<'partner'> {
  const item: Partner = librarySchemas.partner.parse({
    ...meta,
    status: status(name, summary),
    id,
    kind: 'country',
    name,
    summary,
    relationship: bi('', ''),
    keyFacts: [],
    people: [],
    programmes: [],
    relatedPartnerIds: [],
    tags: [],
    ...extra
  })
  return { kind: 'partner', item }
}

/** A handful of items of every kind, in both languages, as an officer's library holds. */
export function sampleLibrary(): IndexedItem[] {
  return [
    partner(
      'quebec-office',
      bi('Québec immigration office', 'Bureau d’immigration du Québec'),
      bi(
        'Works with IRCC on francophone immigration outside Quebec.',
        'Travaille avec IRCC sur l’immigration francophone hors du Québec.'
      ),
      {
        people: [
          {
            id: 'dupre',
            name: 'Hélène Dupré',
            title: bi('Deputy Minister', 'Sous-ministre'),
            organization: bi('Ministry of Immigration', 'Ministère de l’Immigration'),
            bio: bi('', '')
          }
        ],
        programmes: [bi('Francophone Mobility', 'Mobilité francophone')],
        tags: ['francophonie']
      }
    ),
    keyMessage(
      'km-asylum',
      bi('Asylum system integrity', 'Intégrité du système d’asile'),
      bi(
        'Canada protects refugees while managing the asylum system fairly.',
        "Le Canada protège les réfugiés tout en gérant le système d'asile de façon équitable."
      )
    ),
    keyMessage(
      'km-economy',
      bi('Immigration and the economy', 'L’immigration et l’économie'),
      bi(
        'Economic immigrants fill labour shortages in every region.',
        'Les immigrants économiques comblent les pénuries de main-d’œuvre dans toutes les régions.'
      )
    ),
    irritant(
      'irr-visa-delays',
      bi('Visa processing delays', 'Délais de traitement des visas'),
      bi(
        'Partners complain that visitor visas take months to process.',
        'Les partenaires se plaignent que les visas de visiteur prennent des mois à traiter.'
      ),
      [
        bi(
          'We have added staff in our busiest offices.',
          'Nous avons ajouté du personnel dans nos bureaux les plus occupés.'
        )
      ]
    ),
    backgroundNote(
      'bg-resettlement',
      bi('Refugee resettlement since 2015', 'Réinstallation des réfugiés depuis 2015'),
      bi(
        'Canada has resettled more refugees than any other country in recent years, with private sponsors.',
        'Le Canada a réinstallé plus de réfugiés que tout autre pays ces dernières années, avec des parrains privés.'
      )
    ),
    backgroundNote(
      'bg-migration-data',
      bi('Migration data sharing', 'Échange de données sur la migration'),
      bi(
        'Biometric information is shared with Five Eyes partners under agreements.',
        'Les renseignements biométriques sont échangés avec les partenaires du Groupe des cinq.'
      )
    )
  ]
}
