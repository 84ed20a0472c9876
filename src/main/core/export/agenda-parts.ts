import { printedAgenda } from '@shared/meeting-plan'
import type { AgendaItem } from '@shared/meeting-plan'
import type { BilingualText } from '@shared/languages'
import { heading, ifRaised, tagged } from './paragraphs'
import type { HeadingDepth } from './paragraphs'
import { paired } from './parts'
import type { Part } from './parts'
import { PLAN_WORDS } from './plan-words'
import type { RenderContext } from './types'

// Canada's position on each item of a multilateral agenda: the item as a numbered heading, then
// "Canada's position:" and "Objective:" run in, each beside its translation when bilingual. An
// item with nothing written is left out; a label with nothing under it is not printed.

const filled = (value: BilingualText): boolean => value.en.trim() !== '' || value.fr.trim() !== ''

/** The agenda items under their heading; nothing when none is written. */
export function agendaParts(
  agenda: readonly AgendaItem[] | undefined,
  ctx: RenderContext,
  depth: HeadingDepth
): Part[] {
  const items = printedAgenda(agenda ?? [])
  if (items.length === 0) return []
  const itemDepth = Math.min(4, depth + 1) as HeadingDepth
  return [
    paired(ctx, (language) => [heading(depth, [{ text: PLAN_WORDS[language].agenda, language }])], 'with-next'),
    ...items.flatMap((item, index) => {
      const run = (key: 'position' | 'objective') =>
        filled(item[key])
          ? [
              paired(ctx, (language) =>
                ifRaised(tagged(item[key], language), { text: PLAN_WORDS[language][key], language }, ctx.nextList)
              )
            ]
          : []
      return [
        paired(
          ctx,
          (language) => {
            const title = tagged(item.title, language)
            return [heading(itemDepth, [{ text: `${index + 1}. `, language }, ...(filled(item.title) ? [title] : [])])]
          },
          'with-next'
        ),
        ...run('position'),
        ...run('objective')
      ]
    })
  ]
}
