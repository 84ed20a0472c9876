import { LANGUAGE_TAGS } from '@shared/languages'
import type { Language } from '@shared/languages'
import { markingLabel } from '@shared/markings'
import type { Participant } from '@shared/entities'
import type { PreviewDetails } from './preview-model'
import { PreviewRow, useDocumentWords } from './preview-row'

function longDate(date: string, language: Language): string {
  const moment = new Date(`${date}T00:00:00Z`)
  if (Number.isNaN(moment.getTime())) return date
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { dateStyle: 'full', timeZone: 'UTC' }).format(moment)
}

/** A time of day as each language writes it: 09:30 in English, 9 h 30 in French. */
function timeOfDay(time: string, language: Language): string {
  const [hours = '', minutes = ''] = time.split(':')
  return language === 'fr' ? `${Number(hours)} h ${minutes}` : time
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
          const rows: [string, string][] = [
            [word('date', language), longDate(details.date, language)],
            [word('time', language), details.time ? timeOfDay(details.time, language) : tbc],
            [word('place', language), details.place.trim() || tbc],
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
              <p className="preview-paragraph">{details.objectives[language]}</p>
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
                    <td>{person.name}</td>
                    <td>{person.title}</td>
                    <td>{person.organization}</td>
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
