import { useTranslation } from '@renderer/i18n/translation'
import { itemTitle } from '@shared/entities'
import type { BundlePreview } from '@shared/exchange-inputs'
import { markingLabel } from '@shared/markings'
import { pick } from '@shared/languages'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { entryKey } from './import-choices'

type Entry = BundlePreview['entries'][number]

interface Props {
  entries: Entry[]
  confirmed: ReadonlySet<string>
  onChange: (key: string, confirmed: boolean) => void
}

/** Items that would lose their marking or approval, listed first, each confirmed by its own box. */
export function DowngradeConfirmations({ entries, confirmed, onChange }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  return (
    <section
      className="alert alert-warning import-consent"
      aria-labelledby="downgrades-heading"
      data-testid="downgrades"
    >
      <h2 id="downgrades-heading" className="alert-title">
        {t('signing.preview.downgradesTitle', { count: entries.length })}
      </h2>
      <p>{t('signing.preview.downgradesIntro')}</p>
      <ul className="downgrade-list">
        {entries.map((entry) => {
          const changes = [
            entry.downgrade?.marking &&
              t('signing.preview.lowerMarking', {
                from: markingLabel(entry.downgrade.marking.from, language),
                to: markingLabel(entry.downgrade.marking.to, language)
              }),
            entry.downgrade?.approval && t('signing.preview.toDraft')
          ].filter(Boolean)
          const title = pick(itemTitle(entry.kind, entry.theirs), language) || entry.id
          const key = entryKey(entry)
          return (
            <li key={key}>
              <label>
                <input
                  type="checkbox"
                  checked={confirmed.has(key)}
                  onChange={(event) => onChange(key, event.target.checked)}
                />
                <span>
                  {t('signing.preview.confirm', { title, changes: changes.join(t('exchange.summary.separator')) })}
                  {entry.status === 'conflict' && <> {t('signing.preview.conflictNote')}</>}
                </span>
              </label>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
