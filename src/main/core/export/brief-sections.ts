import { Paragraph } from 'docx'
import type { Brief, BriefItem, BriefSection, Partner } from '@shared/entities'
import { atVersion, resolveItem } from '@shared/brief-rules'
import { isEmptySection } from '@shared/brief-completeness'
import type { ResolvedItem } from '@shared/brief-rules'
import type { Language } from '@shared/languages'
import { body, bulleted, heading, ifRaised, numbered, tagged, word } from './paragraphs'
import type { HeadingDepth, Tagged } from './paragraphs'
import { contentWidth, paired, pairedText } from './parts'
import type { Part } from './parts'
import { biographyParts, detailsParts, objectivesParts, participantsParts } from './meeting-parts'
import { meetingPlanParts } from './meeting-plan-parts'
import { figureParts } from './figure-parts'
import { labelValueTable } from './tables'
import { runsOf } from './runs'
import type { RenderContext } from './types'
import { WORDS } from './words'

// A section of a brief, in the brief's order, rendered as parts (see parts.ts). How an item
// looks follows its kind: key messages numbered, irritants with their "If raised:" lines,
// background notes and partner profiles under their own headings.

function titleParts(resolved: ResolvedItem, ctx: RenderContext, depth: HeadingDepth): Part[] {
  const { title } = resolved
  if (title.en.trim() === '' && title.fr.trim() === '') return []
  return [paired(ctx, (language) => [heading(depth, [tagged(title, language)])], 'with-next')]
}

// The context, then each line in the brief as its own "If raised" paragraph, beside its
// translation in a bilingual export; a line left out is not printed.
function irritantParts(resolved: ResolvedItem, ctx: RenderContext, depth: HeadingDepth): Part[] {
  const [context, ...lines] = resolved.rows ?? []
  const label = (partnerId: string | null, language: Language): Tagged => {
    const partner = partnerId === null ? undefined : ctx.lookup('partner', partnerId)
    if (!partner) return word('ifRaised', language)
    return { text: WORDS[language].ifRaisedBy(tagged(partner.name, language).text), language }
  }
  return [
    ...titleParts(resolved, ctx, depth),
    ...(context ? pairedText(ctx, context.text, (text) => body(text, ctx.nextList)) : []),
    ...lines
      .filter((line) => line.included)
      .map((line) =>
        paired(ctx, (language) => {
          // The label in the language the line is printed in (the other one while a draft lacks it).
          const text = tagged(line.text, language)
          return ifRaised(text, label(line.partnerId, text.language), ctx.nextList)
        })
      )
  ]
}

function keyFactsTable(partner: Partner, ctx: RenderContext, language: Language) {
  return labelValueTable(
    partner.keyFacts.map((fact) => ({
      label: [tagged(fact.label, language)],
      value: [new Paragraph({ children: runsOf([tagged(fact.value, language)]) })]
    })),
    contentWidth(ctx)
  )
}

function partnerParts(
  resolved: ResolvedItem,
  item: BriefItem,
  ctx: RenderContext,
  depth: HeadingDepth,
  withFacts: boolean
): Part[] {
  const placed =
    resolved.library && item.type === 'library'
      ? ((atVersion(resolved.library, item.placedVersion) ?? resolved.library) as Partner)
      : null
  const facts = withFacts && placed && placed.keyFacts.length > 0 ? placed : null
  return [
    ...titleParts(resolved, ctx, depth),
    ...pairedText(ctx, resolved.text, (text) => body(text, ctx.nextList)),
    ...(facts
      ? [
          paired(ctx, (language) => [heading((depth + 1) as HeadingDepth, [word('keyFacts', language)])], 'with-next'),
          paired(ctx, (language) => [keyFactsTable(facts, ctx, language)], 'together')
        ]
      : []),
    // Figures travel with the profile into the annexes, as its key facts do.
    ...(withFacts && placed ? figureParts(placed, ctx, (depth + 1) as HeadingDepth) : [])
  ]
}

/** The parts for one item; `lists` numbers key messages within their section, one list per language. */
function itemParts(
  item: BriefItem,
  section: BriefSection,
  brief: Brief,
  ctx: RenderContext,
  lists: Record<Language, string>
): Part[] {
  const resolved = resolveItem(item, ctx.lookup, brief.partnerIds)
  const depth = (ctx.sectionLevel + 1) as HeadingDepth
  if (section.kind === 'key-messages' || resolved.kind === 'keyMessage') {
    return [paired(ctx, (language) => numbered(tagged(resolved.text, language), lists[language], ctx.nextList))]
  }
  switch (resolved.kind) {
    case 'irritant':
      return irritantParts(resolved, ctx, depth)
    case 'partner':
      return partnerParts(resolved, item, ctx, depth, section.kind === 'annexes')
    case 'backgroundNote':
      return [
        ...titleParts(resolved, ctx, depth),
        ...pairedText(ctx, resolved.text, (text) => body(text, ctx.nextList))
      ]
    default:
      return section.kind === 'their-objectives'
        ? [paired(ctx, (language) => bulleted(tagged(resolved.text, language), ctx.nextList))]
        : pairedText(ctx, resolved.text, (text) => body(text, ctx.nextList))
  }
}

/** The section's parts under its heading; null for a section this export leaves out. */
export function sectionParts(section: BriefSection, brief: Brief, ctx: RenderContext): Part[] | null {
  if (section.kind === 'annexes' && !ctx.options.annexes) return null
  // A heading over nothing reads as a gap in the brief; the checks tell the officer it is left out.
  if (isEmptySection(section, brief)) return null
  const depth = (ctx.sectionLevel + 1) as HeadingDepth
  const lists = { en: ctx.nextList(), fr: ctx.nextList() }
  // The brief's own data frames the section's items: the details table before the notes on
  // purpose and format, the objectives and the plan of the meeting after; the participants table before the notes on who
  // is coming, the biographies after.
  const content: Part[] = [
    ...(section.kind === 'meeting-details' ? detailsParts(brief, ctx) : []),
    ...(section.kind === 'participants' ? participantsParts(brief, ctx) : []),
    ...section.items.flatMap((item) => itemParts(item, section, brief, ctx, lists)),
    ...(section.kind === 'meeting-details' ? objectivesParts(brief, ctx, depth) : []),
    ...(section.kind === 'meeting-details' ? meetingPlanParts(brief, ctx, depth) : []),
    ...(section.kind === 'participants' ? biographyParts(brief, ctx, depth) : [])
  ]
  const title = paired(ctx, (language) => [heading(ctx.sectionLevel, [tagged(section.title, language)])], 'with-next')
  return [title, ...content]
}
