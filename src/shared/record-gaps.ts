import type { BilingualText, BriefLanguage, Language } from './languages'
import { languagesIn, languagesLacking } from './languages'
import type { MeetingRecord } from './records'

/** A text of the record, by its place in the form, written in one language and not the other. */
export type RecordGap =
  | { field: 'title' | 'summary'; language: Language }
  | { field: 'notes'; index: number; title: BilingualText; language: Language }
  | { field: 'otherPoint' | 'commitment'; index: number; language: Language }

/**
 * The officer's texts of the record an export in `language` would print without their words in
 * it: each is written in the other language only, so the file would show those words under this
 * language's headings (the bilingual file printed the English twice). Such an export is refused,
 * as a brief's is; a text empty in both languages prints nothing and is no gap.
 */
export function recordLanguageGaps(record: MeetingRecord, language: BriefLanguage): RecordGap[] {
  const languages = languagesIn(language)
  const lacks = (text: BilingualText): Language[] => languagesLacking(text, languages)
  return [
    ...lacks(record.title).map((each) => ({ field: 'title' as const, language: each })),
    ...lacks(record.summary).map((each) => ({ field: 'summary' as const, language: each })),
    // What was said is printed for the points raised only (export-record.ts).
    ...record.points.flatMap((point, index) =>
      point.raised === 'raised'
        ? lacks(point.notes).map((each) => ({ field: 'notes' as const, index, title: point.title, language: each }))
        : []
    ),
    ...record.otherPoints.flatMap((point, index) =>
      lacks(point.text).map((each) => ({ field: 'otherPoint' as const, index, language: each }))
    ),
    ...record.commitments.flatMap((commitment, index) =>
      lacks(commitment.text).map((each) => ({ field: 'commitment' as const, index, language: each }))
    )
  ]
}
