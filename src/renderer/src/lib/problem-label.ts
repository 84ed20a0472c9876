import type { TFunction } from 'i18next'

// Entries of a list are named by their number; their own fields by what the entry form calls them.
const LIST_ENTRIES: Record<string, string> = {
  keyFacts: 'form.keyFactN',
  people: 'form.personN',
  programmes: 'form.programmeN',
  responsiveLines: 'form.lineN'
}

const ENTRY_FIELDS: Record<string, string> = {
  'keyFacts.label': 'form.factLabel',
  'keyFacts.value': 'form.factValue',
  'people.name': 'form.personName',
  'people.title': 'form.personTitle',
  'people.organization': 'form.personOrganization',
  'people.bio': 'form.personBio',
  'responsiveLines.text': 'form.lineText',
  'responsiveLines.partnerId': 'form.linePartner'
}

// The parts of an item's source, named as the source fieldset labels them.
const SOURCE_PARTS: Record<string, string> = {
  document: 'form.sourceDocument',
  section: 'form.sourceSection',
  link: 'form.sourceLink',
  asOf: 'form.sourceAsOf',
  note: 'form.sourceNote'
}

// A figure sits two lists deep: figures.0.points.2.source.document.fr.
const FIGURE_FIELDS: Record<string, string> = {
  name: 'figures.name',
  unit: 'figures.unit',
  points: 'figures.points',
  year: 'figures.year',
  value: 'figures.value',
  document: 'figures.source',
  link: 'figures.link',
  asOf: 'figures.asOf'
}

function figureLabel(t: TFunction, rest: readonly string[]): string {
  const words = [t('figures.legend')]
  for (const [index, step] of rest.entries()) {
    const previous = rest[index - 1]
    if (/^\d+$/.test(step))
      words.push(t(previous === 'points' ? 'figures.pointN' : 'figures.seriesN', { n: Number(step) + 1 }))
    else if (step === 'en' || step === 'fr') words.push(t(`languageNames.${step}`))
    else if (step !== 'source' && !(step === 'points' && /^\d+$/.test(rest[index + 1] ?? ''))) {
      words.push(FIGURE_FIELDS[step] ? t(FIGURE_FIELDS[step]) : step)
    }
  }
  // "Figures, Series 1, Value 2, Year": the series already names the list, so "Figures" goes.
  return (words.length > 1 ? words.slice(1) : words).join(', ')
}

/** A field path (`keyFacts.0.label.fr`) as the form labels it: "Key fact 1, Label, French". */
export function problemLabel(t: TFunction, path: string): string {
  const [field = '', ...rest] = path.split('.')
  if (field === 'figures') return figureLabel(t, rest)
  const words: string[] = [t(`fields.${field}`, { defaultValue: field })]
  const entry = LIST_ENTRIES[field]
  let remaining = rest
  if (entry && rest[0] !== undefined && /^\d+$/.test(rest[0])) {
    words[0] = t(entry, { n: Number(rest[0]) + 1 })
    remaining = rest.slice(1)
    const sub = remaining[0] !== undefined ? ENTRY_FIELDS[`${field}.${remaining[0]}`] : undefined
    if (sub) {
      words.push(t(sub))
      remaining = remaining.slice(1)
    }
  }
  const part = field === 'source' && remaining[0] !== undefined ? SOURCE_PARTS[remaining[0]] : undefined
  if (part) {
    words.push(t(part))
    remaining = remaining.slice(1)
  }
  const language = remaining[0]
  if (language === 'en' || language === 'fr') words.push(t(`languageNames.${language}`))
  return words.join(', ')
}
