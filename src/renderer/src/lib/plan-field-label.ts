import type { TFunction } from 'i18next'

/**
 * A field path of a brief's run of show, logistics or agenda (`runOfShow.steps.0.what.fr`) in the
 * words of its labels: "Run of show and opening remarks, Step 1, What happens, French".
 */
export function planFieldLabel(t: TFunction, path: string): string {
  const parts = path.split('.')
  const [block = ''] = parts
  const words = [t(`composer.plan.blocks.${block}`)]
  parts.forEach((part, index) => {
    if (index === 0 || GROUPS.has(part)) return
    const previous = parts[index - 1] ?? ''
    if (/^\d+$/.test(part)) {
      const n = Number(part) + 1
      if (previous === 'steps') words.push(t('composer.plan.stepN', { n }))
      else if (previous === 'pronunciations') words.push(t('composer.plan.pronunciationN', { n }))
      else if (previous === 'agenda') words.push(t('composer.plan.agendaItemN', { n }))
    } else if (part === 'en' || part === 'fr') words.push(t(`languageNames.${part}`))
    else words.push(t(LABELS[`${previous}.${part}`] ?? LABELS[part] ?? part))
  })
  return words.join(', ')
}

// Names that only hold fields: the field's own label says enough.
const GROUPS = new Set(['interpretation', 'media', 'gifts', 'steps', 'pronunciations'])

// The label of each field, by its name (or its parent's and its own, where a name is shared).
const LABELS: Record<string, string> = {
  durationMinutes: 'composer.plan.duration',
  forum: 'composer.plan.forum',
  setting: 'composer.plan.setting',
  'interpretation.mode': 'composer.plan.interpretation',
  'interpretation.languages': 'composer.plan.interpretationLanguages',
  'media.kind': 'composer.plan.media',
  'media.notes': 'composer.plan.mediaNotes',
  'gifts.exchange': 'composer.plan.gifts',
  'gifts.notes': 'composer.plan.giftsNotes',
  name: 'composer.plan.pronunciationName',
  sayAs: 'composer.plan.sayAs',
  openingRemarks: 'composer.plan.openingRemarks',
  time: 'composer.plan.stepTime',
  minutes: 'composer.plan.stepMinutes',
  what: 'composer.plan.stepWhat',
  who: 'composer.plan.stepWho',
  title: 'composer.plan.agendaTitle',
  position: 'composer.plan.position',
  objective: 'composer.plan.objective'
}
