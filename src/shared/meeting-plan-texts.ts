import type { BilingualText } from './languages'
import type { PlanValues } from './meeting-plan'

/** The free texts of a brief's run of show, logistics and agenda, by field path, in the order Word prints them. */
export function planFieldTexts(brief: Partial<PlanValues>): { field: string; value: BilingualText }[] {
  const texts: { field: string; value: BilingualText }[] = []
  const add = (field: string, value: BilingualText) => texts.push({ field, value })
  const { logistics, runOfShow, agenda } = brief
  if (logistics) {
    add('logistics.forum', logistics.forum)
    add('logistics.setting', logistics.setting)
    add('logistics.interpretation.languages', logistics.interpretation.languages)
    add('logistics.media.notes', logistics.media.notes)
    add('logistics.gifts.notes', logistics.gifts.notes)
    logistics.pronunciations.forEach((entry, index) => add(`logistics.pronunciations.${index}.sayAs`, entry.sayAs))
  }
  if (runOfShow) {
    add('runOfShow.openingRemarks', runOfShow.openingRemarks)
    runOfShow.steps.forEach((step, index) => {
      add(`runOfShow.steps.${index}.what`, step.what)
      add(`runOfShow.steps.${index}.who`, step.who)
    })
  }
  agenda?.forEach((item, index) => {
    for (const part of ['title', 'position', 'objective'] as const) add(`agenda.${index}.${part}`, item[part])
  })
  return texts
}
