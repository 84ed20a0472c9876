import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { meetingDateText } from '@renderer/i18n/format-date'

/**
 * A date input's value written out in the interface language ("jeudi 3 décembre 2026"). Chromium
 * shows a date input in the browser's own locale whatever the page's language, so 12/03/2026
 * could read as March or December: the words under it settle it. Nothing while the value is empty.
 */
export function DateEcho({ id, value }: { id: string; value: string }) {
  const language = useUiLanguage()
  const text = meetingDateText(value, language)
  if (value === '' || text === value) return null
  return (
    <p className="hint date-echo" id={id}>
      {text}
    </p>
  )
}

/** The id DateEcho gets for an input, and whether it is shown, for the input's aria-describedby. */
export function dateEchoId(inputId: string, value: string): string | false {
  const shown = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
  return shown && `${inputId}-date`
}
