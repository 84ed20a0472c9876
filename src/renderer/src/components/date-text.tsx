import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { dayText } from '@renderer/i18n/format-date'

/** A calendar date in the interface language's list format, machine-readable in its element. */
export function DateText({ value }: { value: string }) {
  const language = useUiLanguage()
  return <time dateTime={value}>{dayText(value, language)}</time>
}
