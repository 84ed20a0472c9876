import type { ApiContext } from './context'
import type { Handlers } from './table'

type RecordOperations =
  | 'records.list'
  | 'records.get'
  | 'records.createFromBrief'
  | 'records.save'
  | 'records.setCommitmentStatus'
  | 'records.draftFromPoint'
  | 'records.delete'
  | 'records.reinstate'
  | 'records.partnerMeetings'
  | 'export.record'

/** Records of discussion, their commitments, a partner's meetings, and the record's Word file. */
export function recordHandlers({ records, exports, files }: ApiContext): Pick<Handlers, RecordOperations> {
  return {
    'records.list': () => records.list(),
    'records.get': ({ id }) => records.get(id),
    'records.createFromBrief': ({ briefId }) => records.createFromBrief(briefId),
    'records.save': ({ record, expectedUpdatedAt }) => records.save(record, expectedUpdatedAt),
    'records.setCommitmentStatus': ({ recordId, commitmentId, status }) =>
      records.setCommitmentStatus(recordId, commitmentId, status),
    'records.draftFromPoint': ({ recordId, pointId }) => records.draftFromPoint(recordId, pointId),
    'records.delete': ({ id }) => records.remove(id),
    'records.reinstate': ({ id }) => records.reinstate(id),
    'records.partnerMeetings': ({ partnerId }) => records.partnerMeetings(partnerId),
    // Refused before the save dialog opens when the record is unknown.
    'export.record': ({ recordId, language }) => {
      const record = records.get(recordId)
      const chosen = language ?? record.language
      return files.save(exports.recordName(recordId, chosen), 'docx', (path) => exports.record(recordId, chosen, path))
    }
  }
}
