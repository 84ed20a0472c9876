import type { Brief, BriefSection, BriefStage, LibraryItem, LibraryKind } from '@shared/entities'
import type { BriefTemplateDefinition, CreateBriefInput } from '@shared/brief-inputs'
import type { LibraryLookup } from '@shared/brief-rules'
import { briefChecks, markingFloor } from '@shared/brief-rules'
import { NEXT_STAGES, stageOf } from '@shared/brief-stages'
import { today } from '@shared/dates'
import { alignBrief } from '@shared/brief-translation'
import { markingRank } from '@shared/markings'
import { startingPlan } from '@shared/meeting-plan'
import type { BriefOpened, BriefSaved, MarkingChange } from '@shared/operations'
import type { Store } from '../../store'
import { DeletedRecords } from '../deleted-records'
import { ApiFailure, found } from '../failure'
import { randomId, readableId } from '../ids'
import { previousMeetingsSection } from '../records/previous-meetings'

export interface BriefServiceOptions {
  store: Store
  /** The templates, read when first asked for (api/index.ts). */
  templates: () => Promise<BriefTemplateDefinition[]>
  now: () => Date
}

/** Creating, saving, opening, copying and deleting briefs; the library is only read here. */
export function createBriefService({ store, templates, now }: BriefServiceOptions) {
  const lookup: LibraryLookup = <K extends LibraryKind>(kind: K, id: string) => store.library.get(kind, id)
  const stamp = (): string => now().toISOString()
  const isTaken = (id: string): boolean => store.briefs.get(id) !== undefined
  const deleted = new DeletedRecords<Brief>('brief')

  // A brief can never be marked lower than the most sensitive item in it, so the save raises it
  // and says so, rather than refusing an autosave the officer did not ask for.
  const withMarkingFloor = (brief: Brief): { brief: Brief; markingRaised: MarkingChange | null } => {
    const floor = markingFloor(brief, lookup)
    if (markingRank(floor) <= markingRank(brief.marking)) return { brief, markingRaised: null }
    return { brief: { ...brief, marking: floor }, markingRaised: { from: brief.marking, to: floor } }
  }

  const libraryFor = (brief: Brief): { kind: LibraryKind; item: LibraryItem }[] => {
    const wanted = new Map<string, { kind: LibraryKind; id: string }>()
    for (const id of brief.partnerIds) wanted.set(`partner:${id}`, { kind: 'partner', id })
    for (const section of brief.sections) {
      for (const item of section.items) {
        if (item.type === 'library') wanted.set(`${item.kind}:${item.itemId}`, { kind: item.kind, id: item.itemId })
        // A line the officer added for a group is printed "If raised by" the group: the preview names it.
        if (item.type === 'library' && item.rows) {
          const lines = store.library.get('irritant', item.itemId)?.responsiveLines ?? []
          for (const row of item.rows.lines) {
            const target = row.included ? lines.find((line) => line.id === row.lineId)?.partnerId : null
            if (target) wanted.set(`partner:${target}`, { kind: 'partner', id: target })
          }
        }
      }
    }
    return [...wanted.values()].flatMap(({ kind, id }) => {
      const item = store.library.get(kind, id)
      return item ? [{ kind, item }] : []
    })
  }

  const existing = (id: string): Brief => found(store.briefs.get(id), 'brief', id)

  return {
    templates: (): Promise<BriefTemplateDefinition[]> => templates(),

    /** A new brief with the template's sections, empty, ready to fill from the library. */
    async create(input: CreateBriefInput): Promise<Brief> {
      const template = (await templates()).find((candidate) => candidate.id === input.template)
      if (!template) throw new ApiFailure('not-found', `There is no brief template named "${input.template}".`)
      const title = input.title.en.trim() || input.title.fr.trim()
      const at = stamp()
      // A new brief's texts are in step however the request came (translation.ts).
      const brief = alignBrief(
        {
          ...input,
          id: readableId('brief', `${input.meeting.date} ${title}`, isTaken),
          sections: withPreviousMeetings(
            template.sections.map((section) => ({ id: randomId('sec'), ...section, items: [] })),
            previousMeetingsSection(input.partnerIds, store.records.list(), today(now()))
          ),
          ...startingPlan(template.blocks),
          approval: emptyApproval(store.settings.get().author),
          createdAt: at,
          updatedAt: at
        },
        undefined,
        lookup
      )
      await store.briefs.put(brief)
      return brief
    },

    /** The brief with the library items it uses, its marking raised first if an item now needs it. */
    async open(id: string): Promise<BriefOpened> {
      const floored = withMarkingFloor(existing(id))
      let brief = floored.brief
      if (floored.markingRaised) {
        brief = { ...brief, updatedAt: stamp() }
        await store.briefs.put(brief)
      }
      return { brief, library: libraryFor(brief), markingRaised: floored.markingRaised }
    },

    /**
     * Saves the whole brief (autosave); refuses to overwrite a newer save made elsewhere. Which
     * language of a text lags behind is worked out against the brief as saved before, never
     * taken from the window; `confirmed` names the texts a person confirmed as still matching.
     */
    async save(
      input: Brief,
      expectedUpdatedAt: string | undefined,
      confirmed: readonly string[] = []
    ): Promise<BriefSaved> {
      const current = existing(input.id)
      assertUnchangedSince(current, expectedUpdatedAt)
      if (stageOf(current) === 'approved') {
        throw new ApiFailure(
          'conflict',
          'This brief is approved, so it cannot be changed. Reopen it (back to draft) to edit it.'
        )
      }
      const aligned = alignBrief(input, current, lookup, confirmed)
      // Only setStage moves a brief through its approval: a save keeps the stage and history it finds.
      const floored = withMarkingFloor({
        ...withStage(aligned, current),
        createdAt: current.createdAt,
        updatedAt: stamp()
      })
      await store.briefs.put(floored.brief)
      return floored
    },

    /**
     * Moves a brief through its approval, recording who (the user's name) and when: draft to in
     * review, in review to approved or back to draft, approved back to draft (reopened). Approving
     * needs every must-fix check cleared, as an export does; the block is filled in as `filledIn` says.
     */
    async setStage(id: string, stage: BriefStage, expectedUpdatedAt?: string): Promise<Brief> {
      const current = existing(id)
      assertUnchangedSince(current, expectedUpdatedAt)
      const from = stageOf(current)
      if (!NEXT_STAGES[from].includes(stage)) {
        throw new ApiFailure(
          'invalid-input',
          `A brief ${STAGE_WORDS[from]} cannot be ${STAGE_MOVES[stage]} from there.`
        )
      }
      const day = today(now())
      if (stage === 'approved') {
        const blocking = briefChecks(current, lookup, day).filter((check) => check.blocking).length
        if (blocking > 0) {
          throw new ApiFailure(
            'export-blocked',
            `This brief cannot be approved while ${blocking} ${blocking === 1 ? 'problem' : 'problems'} under "Must be fixed" remain: fix them first.`
          )
        }
      }
      const at = stamp()
      const author = store.settings.get().author
      const brief: Brief = {
        ...current,
        stage,
        stageHistory: [...(current.stageHistory ?? []), { stage, by: author, at }],
        approval: filledIn(current.approval ?? emptyApproval(author), stage, author, day),
        updatedAt: at
      }
      await store.briefs.put(brief)
      return brief
    },

    /** A copy to adapt, for instance for next year's meeting with the same partner. */
    async duplicate(id: string): Promise<Brief> {
      // A new draft: not yet consulted, approved nor numbered, whoever prepared the original.
      const { stage: _stage, stageHistory: _history, ...source } = existing(id)
      const at = stamp()
      const copy: Brief = {
        ...structuredClone(source),
        id: readableId('brief', `${source.meeting.date} ${source.title.en || source.title.fr} copy`, isTaken),
        title: {
          en: source.title.en ? `${source.title.en} (copy)` : '',
          fr: source.title.fr ? `${source.title.fr} (copie)` : ''
        },
        ...(source.approval && {
          approval: {
            ...source.approval,
            approvedBy: { ...source.approval.approvedBy, date: '' },
            trackingNumber: ''
          }
        }),
        createdAt: at,
        updatedAt: at
      }
      await store.briefs.put(copy)
      return copy
    },

    /** Deletes a brief that no package holds, and returns it so the user can undo. */
    async remove(id: string): Promise<Brief> {
      const brief = existing(id)
      const packages = store.packages.list().filter((pkg) => pkg.briefIds.includes(id))
      if (packages.length > 0) {
        const names = packages.map((pkg) => `"${pkg.name.en || pkg.name.fr}"`).join(', ')
        throw new ApiFailure('in-use', `This brief is part of ${names}. Take it out of the package first.`)
      }
      await store.briefs.remove(id)
      deleted.keep(brief)
      return brief
    },

    /** Puts a brief deleted in this session back as it was (the undo of remove). */
    reinstate(id: string): Promise<Brief> {
      return deleted.putBack(id, isTaken, (brief) => store.briefs.put(brief))
    }
  }
}

export type BriefService = ReturnType<typeof createBriefService>

const STAGE_WORDS: Record<BriefStage, string> = {
  draft: 'in draft',
  'in-review': 'in review',
  approved: 'already approved'
}
const STAGE_MOVES: Record<BriefStage, string> = {
  draft: 'taken back to draft',
  'in-review': 'sent for review',
  approved: 'approved'
}

/** The approval block a brief starts with: prepared by the user, the rest to fill in. */
function emptyApproval(author: string): NonNullable<Brief['approval']> {
  return {
    preparedBy: { name: author, office: { en: '', fr: '' }, telephone: '' },
    consulted: { en: '', fr: '' },
    approvedBy: { name: '', title: { en: '', fr: '' }, date: '' },
    trackingNumber: ''
  }
}

/**
 * The block as a step leaves it: whoever sends a brief for review prepared it unless the block
 * names someone; whoever approves it approved it unless the block names someone (as the stage
 * history says), dated today unless the block carries a date. Without this an exported approved
 * brief read "Approved by" and a date, with no one's name.
 */
function filledIn(
  approval: NonNullable<Brief['approval']>,
  stage: BriefStage,
  author: string,
  day: string
): NonNullable<Brief['approval']> {
  if (stage === 'in-review' && approval.preparedBy.name.trim() === '') {
    return { ...approval, preparedBy: { ...approval.preparedBy, name: author } }
  }
  if (stage === 'approved') {
    const { name, date } = approval.approvedBy
    return {
      ...approval,
      approvedBy: { ...approval.approvedBy, name: name.trim() === '' ? author : name, date: date === '' ? day : date }
    }
  }
  return approval
}

/** `brief` with the stage and history of `current`, whatever the window sent. */
function withStage(brief: Brief, current: Brief): Brief {
  const { stage: _stage, stageHistory: _history, ...rest } = brief
  return {
    ...rest,
    ...(current.stage === undefined ? {} : { stage: current.stage }),
    ...(current.stageHistory === undefined ? {} : { stageHistory: current.stageHistory })
  }
}

/**
 * A new brief's sections with what its partners' earlier records say, right after the meeting
 * details (or first, when the template has none), since it frames everything after it.
 */
function withPreviousMeetings(sections: BriefSection[], previous: BriefSection | null): BriefSection[] {
  if (!previous) return sections
  const at = sections.findIndex((section) => section.kind === 'meeting-details') + 1
  return [...sections.slice(0, at), previous, ...sections.slice(at)]
}

function assertUnchangedSince(current: Brief, expectedUpdatedAt: string | undefined): void {
  if (expectedUpdatedAt !== undefined && current.updatedAt !== expectedUpdatedAt) {
    throw new ApiFailure(
      'conflict',
      'This brief was saved from another window after you opened it. Reopen it to see the latest version.'
    )
  }
}
