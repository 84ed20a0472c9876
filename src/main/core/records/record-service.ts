import type { Irritant, LibraryItem } from '@shared/entities'
import { partnerTimeline, commitmentRows } from '@shared/commitments'
import type { CommitmentRow, TimelineEntry } from '@shared/commitments'
import { today } from '@shared/dates'
import type { BilingualText } from '@shared/languages'
import type { CommitmentStatus, MeetingRecord } from '@shared/records'
import type { SaveLibraryItemInput } from '@shared/library-inputs'
import { emptySource } from '@shared/source'
import type { Store } from '../../store'
import { DeletedRecords } from '../deleted-records'
import { addYear, titleFrom } from '../exchange/drafts'
import { ApiFailure, found } from '../failure'
import { readableId } from '../ids'
import { authorName } from '../people'
import { recordFromBrief } from './record-from-brief'

export interface RecordServiceOptions {
  store: Store
  /** Saves a new library item as the library screen would (a first version, indexed for search). */
  saveLibraryItem: (input: SaveLibraryItemInput) => Promise<LibraryItem>
  now: () => Date
}

/** What a partner's profile shows of its meetings: the timeline, and the commitments made there. */
export interface PartnerMeetings {
  timeline: TimelineEntry[]
  commitments: CommitmentRow[]
}

/** Records of discussion: written after a meeting, where the commitments made there are followed up. */
export function createRecordService({ store, saveLibraryItem, now }: RecordServiceOptions) {
  const existing = (id: string): MeetingRecord => found(store.records.get(id), 'record of discussion', id)
  const deleted = new DeletedRecords<MeetingRecord>('record of discussion')
  const day = (): string => today(now())
  const author = (): string => authorName(store.settings.get())

  const write = async (record: MeetingRecord): Promise<MeetingRecord> => {
    const saved = { ...record, updatedAt: now().toISOString() }
    await store.records.put(saved)
    return saved
  }

  return {
    list: (): MeetingRecord[] => store.records.list(),
    get: existing,

    /** A record pre-filled from the brief: its meeting, its participants, and every point it carried. */
    async createFromBrief(briefId: string): Promise<MeetingRecord> {
      const brief = found(store.briefs.get(briefId), 'brief', briefId)
      const title = brief.title.en.trim() || brief.title.fr.trim()
      const id = readableId(
        'record',
        `${brief.meeting.date} ${title}`,
        (taken) => store.records.get(taken) !== undefined
      )
      const record = recordFromBrief(brief, (kind, itemId) => store.library.get(kind, itemId), id, now().toISOString())
      await store.records.put(record)
      return record
    },

    /** Saves the whole record from its editor; refuses to overwrite a newer save made elsewhere. */
    async save(record: MeetingRecord, expectedUpdatedAt: string | undefined): Promise<MeetingRecord> {
      const current = existing(record.id)
      assertUnchangedSince(current, expectedUpdatedAt)
      return write({ ...record, briefId: current.briefId, createdAt: current.createdAt })
    },

    /** Marks a commitment done (dated today) or open again, from wherever it is listed. */
    async setCommitmentStatus(
      recordId: string,
      commitmentId: string,
      status: CommitmentStatus
    ): Promise<MeetingRecord> {
      const record = existing(recordId)
      if (!record.commitments.some((commitment) => commitment.id === commitmentId)) {
        throw new ApiFailure(
          'not-found',
          `This record has no commitment with id "${commitmentId}"; it may have been removed.`
        )
      }
      const commitments = record.commitments.map((commitment) =>
        commitment.id !== commitmentId || commitment.status === status
          ? commitment
          : { ...commitment, status, doneOn: status === 'done' ? day() : '' }
      )
      return write({ ...record, commitments })
    },

    /**
     * Makes a point the counterpart raised into a draft irritant for review: its first words as
     * the title, the point as the context, the record's partners and marking, and the record named
     * as its source. The record keeps the link, so the point is not drafted twice.
     */
    async draftFromPoint(recordId: string, pointId: string): Promise<{ record: MeetingRecord; item: LibraryItem }> {
      const record = existing(recordId)
      const point = record.otherPoints.find((each) => each.id === pointId)
      if (!point) throw new ApiFailure('not-found', 'This record has no such point; it may have been removed.')
      const linked = point.draftItemId ? store.library.get('irritant', point.draftItemId) : undefined
      if (linked) return { record, item: linked }
      if (point.text.en.trim() === '' && point.text.fr.trim() === '') {
        throw new ApiFailure('invalid-input', 'Write what the counterpart raised before making it a library item.')
      }
      const item = await saveLibraryItem({ kind: 'irritant', item: draftIrritant(record, point.text, day(), author()) })
      const otherPoints = record.otherPoints.map((each) =>
        each.id === pointId ? { ...each, draftItemId: item.id } : each
      )
      return { record: await write({ ...record, otherPoints }), item }
    },

    /** A partner's briefs and records, newest first, and the commitments made at its meetings. */
    partnerMeetings(partnerId: string): PartnerMeetings {
      const records = store.records.list().filter((record) => record.partnerIds.includes(partnerId))
      return {
        timeline: partnerTimeline(partnerId, store.briefs.list(), records),
        commitments: commitmentRows(records, day())
      }
    },

    async remove(id: string): Promise<MeetingRecord> {
      const record = existing(id)
      await store.records.remove(id)
      deleted.keep(record)
      return record
    },

    /** Puts a record deleted in this session back as it was (the undo of remove). */
    reinstate(id: string): Promise<MeetingRecord> {
      return deleted.putBack(
        id,
        (taken) => store.records.get(taken) !== undefined,
        (record) => store.records.put(record)
      )
    }
  }
}

export type RecordService = ReturnType<typeof createRecordService>

type IrritantDraft = Extract<SaveLibraryItemInput, { kind: 'irritant' }>['item']

function draftIrritant(record: MeetingRecord, point: BilingualText, reviewed: string, owner: string): IrritantDraft {
  const titled = (text: string) => (text.trim() === '' ? '' : titleFrom(text))
  const source = emptySource()
  source.document = { en: record.title.en, fr: record.title.fr }
  source.asOf = record.meeting.date
  const irritant: Omit<Irritant, 'id' | 'version' | 'updatedAt' | 'updatedBy' | 'history'> = {
    status: 'draft',
    marking: record.marking,
    owner,
    topics: [],
    lastReviewed: reviewed,
    reviewBy: addYear(reviewed),
    source,
    title: { en: titled(point.en), fr: titled(point.fr) },
    context: { en: point.en, fr: point.fr },
    responsiveLines: [],
    partnerIds: [...record.partnerIds]
  }
  return irritant
}

function assertUnchangedSince(current: MeetingRecord, expectedUpdatedAt: string | undefined): void {
  if (expectedUpdatedAt !== undefined && current.updatedAt !== expectedUpdatedAt) {
    throw new ApiFailure(
      'conflict',
      'This record was saved from another window after you opened it. Reopen it to see the latest version.'
    )
  }
}
