import type { BackgroundNote, Irritant, KeyMessage, LibraryKind, Partner, Status } from '@shared/entities'
import type { BilingualText, Language } from '@shared/languages'
import { byYear, formatFigure } from '@shared/figures'
import type { Marking } from '@shared/markings'
import type { Topic } from '@shared/topics'
import type { DiffPart } from './word-diff'
import { hasChanges, wordDiff } from './word-diff'
import type { ItemVersion } from './versions'

/** Names the interface gives to coded values, so a compared field reads as the user sees it. */
export interface ValueNames {
  status: (status: Status) => string
  marking: (marking: Marking) => string
  topic: (topic: Topic) => string
  partnerKind: (kind: Partner['kind']) => string
  /** A partner's name in one language; the id when the partner is unknown. */
  partner: (id: string, language: Language) => string
  anyPartner: BilingualText
}

/** One field of a version as text: in both languages, or one value whatever the language. */
export type ComparableField =
  { id: string; labelKey: string; text: BilingualText } | { id: string; labelKey: string; value: string }

/** A field that changed between two versions, with its word-level differences. */
export type FieldChange =
  { id: string; labelKey: string; en: DiffPart[]; fr: DiffPart[] } | { id: string; labelKey: string; value: DiffPart[] }

const both = (build: (language: Language) => string): BilingualText => ({ en: build('en'), fr: build('fr') })
const lines = (values: readonly string[]) => values.filter((value) => value.trim() !== '').join('\n')

function contentFields(kind: LibraryKind, item: ItemVersion, names: ValueNames): ComparableField[] {
  switch (kind) {
    case 'partner': {
      const partner = item as Partner
      return [
        { id: 'name', labelKey: 'fields.name', text: partner.name },
        { id: 'kind', labelKey: 'fields.kind', value: names.partnerKind(partner.kind) },
        { id: 'summary', labelKey: 'fields.summary', text: partner.summary },
        { id: 'relationship', labelKey: 'fields.relationship', text: partner.relationship },
        {
          id: 'keyFacts',
          labelKey: 'fields.keyFacts',
          text: both((l) => lines(partner.keyFacts.map((fact) => `${fact.label[l]}: ${fact.value[l]}`)))
        },
        {
          id: 'people',
          labelKey: 'fields.people',
          text: both((l) =>
            lines(partner.people.map((p) => `${p.name}, ${p.title[l]}, ${p.organization[l]}. ${p.bio[l]}`))
          )
        },
        {
          // One line per value, so a changed figure, source or date shows on its own line.
          id: 'figures',
          labelKey: 'figures.legend',
          text: both((l) =>
            lines(
              (partner.figures ?? []).flatMap((series) =>
                byYear(series.points).map(
                  (point) =>
                    `${series.name[l]} ${point.year}: ${formatFigure(point.value, series.unit, l)} (${point.source.document[l]}, ${point.source.asOf})`
                )
              )
            )
          )
        },
        {
          id: 'programmes',
          labelKey: 'fields.programmes',
          text: both((l) => lines(partner.programmes.map((p) => p[l])))
        },
        { id: 'tags', labelKey: 'fields.tags', value: partner.tags.join(', ') },
        {
          id: 'relatedPartnerIds',
          labelKey: 'fields.relatedPartners',
          text: both((l) => partner.relatedPartnerIds.map((id) => names.partner(id, l)).join(', '))
        }
      ]
    }
    case 'irritant': {
      const irritant = item as Irritant
      const lineFor = (partnerId: string | null, l: Language) =>
        partnerId === null ? names.anyPartner[l] : names.partner(partnerId, l)
      return [
        { id: 'title', labelKey: 'fields.title', text: irritant.title },
        { id: 'context', labelKey: 'fields.context', text: irritant.context },
        {
          id: 'responsiveLines',
          labelKey: 'fields.responsiveLines',
          text: both((l) =>
            lines(irritant.responsiveLines.map((line) => `[${lineFor(line.partnerId, l)}] ${line.text[l]}`))
          )
        }
      ]
    }
    case 'keyMessage':
      return [
        { id: 'title', labelKey: 'fields.title', text: (item as KeyMessage).title },
        { id: 'text', labelKey: 'fields.text', text: (item as KeyMessage).text }
      ]
    case 'backgroundNote':
      return [
        { id: 'title', labelKey: 'fields.title', text: (item as BackgroundNote).title },
        { id: 'body', labelKey: 'fields.body', text: (item as BackgroundNote).body }
      ]
  }
}

/** Every field a version is compared on: its content, its source, then how it is filed. */
export function versionFields(kind: LibraryKind, item: ItemVersion, names: ValueNames): ComparableField[] {
  const linked = kind === 'partner' ? [] : (item as Irritant).partnerIds
  return [
    ...contentFields(kind, item, names),
    ...(kind === 'partner'
      ? []
      : [
          {
            id: 'partnerIds',
            labelKey: 'fields.partners',
            text: both((l) => linked.map((id) => names.partner(id, l)).join(', '))
          }
        ]),
    {
      id: 'source',
      labelKey: 'fields.source',
      text: both((l) => {
        const { document, section, link, asOf, note } = item.source
        return lines([document[l], section[l], link, asOf, note[l]])
      })
    },
    { id: 'status', labelKey: 'fields.status', value: names.status(item.status) },
    { id: 'marking', labelKey: 'fields.marking', value: names.marking(item.marking) },
    { id: 'owner', labelKey: 'fields.owner', value: item.owner },
    { id: 'topics', labelKey: 'fields.topics', value: item.topics.map(names.topic).join(', ') },
    { id: 'lastReviewed', labelKey: 'fields.lastReviewed', value: item.lastReviewed },
    { id: 'reviewBy', labelKey: 'fields.reviewBy', value: item.reviewBy }
  ]
}

/** The fields that differ from `older` to `newer`, each with its word-level changes. */
export function compareVersions(
  kind: LibraryKind,
  older: ItemVersion,
  newer: ItemVersion,
  names: ValueNames
): FieldChange[] {
  const before = versionFields(kind, older, names)
  const after = versionFields(kind, newer, names)
  const changes: FieldChange[] = []
  before.forEach((field, index) => {
    const next = after[index]
    if (!next) return
    if ('text' in field && 'text' in next) {
      const en = wordDiff(field.text.en, next.text.en)
      const fr = wordDiff(field.text.fr, next.text.fr)
      if (hasChanges(en) || hasChanges(fr)) changes.push({ id: field.id, labelKey: field.labelKey, en, fr })
    } else if ('value' in field && 'value' in next) {
      const value = wordDiff(field.value, next.value)
      if (hasChanges(value)) changes.push({ id: field.id, labelKey: field.labelKey, value })
    }
  })
  return changes
}
