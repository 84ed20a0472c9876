import type { ReactNode } from 'react'
import type { BilingualText, Language } from '@shared/languages'
import type { RunOfShowStep } from '@shared/meeting-plan'
import { timeText } from '@renderer/i18n/format-date'
import type { PreviewPlan } from './preview-plan-model'
import { isEmptyPlan } from './preview-plan-model'
import { PreviewRichText, PreviewRow, PreviewText, useDocumentWords } from './preview-row'

type Word = ReturnType<typeof useDocumentWords>

const filled = (value: BilingualText): boolean => value.en.trim() !== '' || value.fr.trim() !== ''

/** "1 hour 30 minutes", as the Word file writes a length of time. */
function durationText(minutes: number, language: Language, word: Word): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  const parts = [
    hours === 0
      ? ''
      : hours === 1
        ? word('plan.oneHour', language)
        : word('plan.hours', language, { n: String(hours) }),
    rest === 0
      ? ''
      : rest === 1
        ? word('plan.oneMinute', language)
        : word('plan.minutes', language, { n: String(rest) })
  ]
  return parts.filter((part) => part !== '').join(' ')
}

function whenText(step: RunOfShowStep, language: Language, word: Word): string {
  const time = step.time === '' ? '' : timeText(step.time, language)
  // As Word prints it: "min", the symbol in both languages, under an hour.
  const length =
    step.minutes === null ? '' : step.minutes < 60 ? `${step.minutes} min` : durationText(step.minutes, language, word)
  return time !== '' && length !== '' ? `${time} (${length})` : time || length
}

function LogisticsTable({ plan, language, word }: { plan: PreviewPlan; language: Language; word: Word }) {
  const logistics = plan.logistics
  if (!logistics) return null
  const { interpretation, media, gifts } = logistics
  const text = (value: BilingualText): ReactNode =>
    filled(value) ? <PreviewText value={value} language={language} /> : null
  const lines = (...values: ReactNode[]): ReactNode[] => values.filter((value) => value !== null && value !== '')
  const rows: [string, ReactNode[]][] = [
    [
      'duration',
      lines(logistics.durationMinutes === null ? null : durationText(logistics.durationMinutes, language, word))
    ],
    ['forum', lines(text(logistics.forum))],
    ['setting', lines(text(logistics.setting))],
    [
      'interpretation',
      lines(
        interpretation.mode === null ? null : word(`plan.modes.${interpretation.mode}`, language),
        interpretation.mode === 'none' ? null : text(interpretation.languages)
      )
    ],
    ['media', lines(media.kind === null ? null : word(`plan.mediaKinds.${media.kind}`, language), text(media.notes))],
    [
      'gifts',
      lines(
        gifts.exchange === null ? null : word(gifts.exchange ? 'plan.giftsExpected' : 'plan.noGifts', language),
        text(gifts.notes)
      )
    ],
    [
      'pronunciation',
      logistics.pronunciations
        .filter((entry) => entry.name.trim() !== '')
        .map((entry) => (
          <>
            <strong>{entry.name}</strong>
            {filled(entry.sayAs) && (
              <>
                {language === 'fr' ? '\u00a0: ' : ': '}
                <PreviewText value={entry.sayAs} language={language} />
              </>
            )}
          </>
        ))
    ]
  ]
  return (
    <table className="preview-table preview-logistics" data-testid="preview-logistics">
      <tbody>
        {rows
          .filter(([, values]) => values.length > 0)
          .map(([key, values]) => (
            <tr key={key}>
              <th scope="row">{word(`plan.${key}`, language)}</th>
              <td>
                {values.map((value, index) => (
                  <div key={index}>{value}</div>
                ))}
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  )
}

/** Logistics, run of show with the opening remarks, and Canada's position on each agenda item, as Word prints them. */
export function PreviewPlanView({ plan, languages }: { plan: PreviewPlan; languages: readonly Language[] }) {
  const word = useDocumentWords()
  if (isEmptyPlan(plan)) return null
  const heading = (key: string) => (
    <PreviewRow languages={languages}>{(language) => <h5 className="preview-h3">{word(key, language)}</h5>}</PreviewRow>
  )
  return (
    <div data-testid="preview-plan">
      {plan.logistics && (
        <>
          {heading('plan.logistics')}
          <PreviewRow languages={languages}>
            {(language) => <LogisticsTable plan={plan} language={language} word={word} />}
          </PreviewRow>
        </>
      )}
      {(plan.steps.length > 0 || plan.openingRemarks) && heading('plan.runOfShow')}
      {plan.steps.length > 0 && (
        <PreviewRow languages={languages}>
          {(language) => (
            <table className="preview-table" data-testid="preview-run-of-show">
              <thead>
                <tr>
                  <th scope="col">{word('plan.stepTime', language)}</th>
                  <th scope="col">{word('plan.stepWhat', language)}</th>
                  <th scope="col">{word('plan.stepWho', language)}</th>
                </tr>
              </thead>
              <tbody>
                {plan.steps.map((step, index) => (
                  <tr key={index}>
                    <td>{whenText(step, language, word)}</td>
                    <td>{filled(step.what) && <PreviewText value={step.what} language={language} />}</td>
                    <td>{filled(step.who) && <PreviewText value={step.who} language={language} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </PreviewRow>
      )}
      {plan.openingRemarks && (
        <PreviewRow languages={languages}>
          {(language) => (
            <>
              <h6 className="preview-h4">{word('plan.openingRemarks', language)}</h6>
              <PreviewRichText className="preview-paragraph" value={plan.openingRemarks!} language={language} />
            </>
          )}
        </PreviewRow>
      )}
      {plan.agenda.length > 0 && heading('plan.agenda')}
      {plan.agenda.map((item, index) => (
        <PreviewRow key={index} languages={languages}>
          {(language) => (
            <>
              <h6 className="preview-h4">
                {index + 1}. {filled(item.title) && <PreviewText value={item.title} language={language} />}
              </h6>
              {(['position', 'objective'] as const).map((part) =>
                filled(item[part]) ? (
                  <PreviewRichText
                    key={part}
                    className="preview-paragraph"
                    value={item[part]}
                    language={language}
                    lead={<strong>{word(`plan.${part}`, language)} </strong>}
                  />
                ) : null
              )}
            </>
          )}
        </PreviewRow>
      ))}
    </div>
  )
}
