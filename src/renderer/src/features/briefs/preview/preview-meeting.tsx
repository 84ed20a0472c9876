import type { ReactNode } from 'react'
import type { BilingualText, Language } from '@shared/languages'
import { markingLabel } from '@shared/markings'
import type { Participant } from '@shared/entities'
import type { PreviewDetails } from './preview-model'
import { meetingDateText, timeText } from '@renderer/i18n/format-date'
import { PreviewRow, PreviewText, useDocumentWords } from './preview-row'
import { RichText } from '@renderer/components/rich-text'

/** A bilingual value in one language: a visible gap where only the other is written, "to be confirmed" where neither is. */
function orToBeConfirmed(value: BilingualText, language: Language, tbc: string): ReactNode {
  return value.en.trim() === '' && value.fr.trim() === '' ? tbc : <PreviewText value={value} language={language} />
}

/** The meeting details table and the objectives, as the export prints them. */
export function PreviewMeeting({ details, languages }: { details: PreviewDetails; languages: readonly Language[] }) {
  const word = useDocumentWords()
  const hasObjectives = details.objectives.en.trim() !== '' || details.objectives.fr.trim() !== ''
  return (
    <>
      <PreviewRow languages={languages}>
        {(language) => {
          const tbc = word('toBeConfirmed', language)
          const rows: [string, ReactNode][] = [
            [word('date', language), meetingDateText(details.date, language)],
            [word('time', language), details.time ? timeText(details.time, language) : tbc],
            [word('place', language), orToBeConfirmed(details.place, language, tbc)],
            [word('format', language), word(`formats.${details.format}`, language)],
            [word('partners', language), details.partners.map((name) => name[language] || name.en).join(', ') || tbc],
            [word('marking', language), markingLabel(details.marking, language)]
          ]
          return (
            <table className="preview-table">
              <tbody>
                {rows.map(([label, value]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    <td>{value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }}
      </PreviewRow>
      {hasObjectives && (
        <PreviewRow languages={languages}>
          {(language) => (
            <>
              <h5 className="preview-h3">{word('objectives', language)}</h5>
              <RichText className="preview-paragraph" text={details.objectives[language]} />
            </>
          )}
        </PreviewRow>
      )}
    </>
  )
}

/** Who sits at the table: Canada's side, then the partner's. */
export function PreviewParticipants({
  participants,
  languages
}: {
  participants: { canada: Participant[]; partner: Participant[] }
  languages: readonly Language[]
}) {
  const word = useDocumentWords()
  if (participants.canada.length === 0 && participants.partner.length === 0) return null
  return (
    <PreviewRow languages={languages}>
      {(language) => (
        <table className="preview-table preview-participants">
          <thead>
            <tr>
              <th scope="col">{word('name', language)}</th>
              <th scope="col">{word('jobTitle', language)}</th>
              <th scope="col">{word('organization', language)}</th>
            </tr>
          </thead>
          {(['canada', 'partner'] as const).map((side) =>
            participants[side].length === 0 ? null : (
              <tbody key={side}>
                <tr>
                  <th scope="colgroup" colSpan={3} className="preview-group">
                    {word(side === 'canada' ? 'canada' : 'partnerSide', language)}
                  </th>
                </tr>
                {participants[side].map((person, index) => (
                  <tr key={index}>
                    <td>{person.name.trim() || <em>{word('nameToBeConfirmed', language)}</em>}</td>
                    <td>{orToBeConfirmed(person.title, language, '')}</td>
                    <td>{orToBeConfirmed(person.organization, language, '')}</td>
                  </tr>
                ))}
              </tbody>
            )
          )}
        </table>
      )}
    </PreviewRow>
  )
}
