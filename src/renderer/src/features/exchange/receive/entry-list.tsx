import { useTranslation } from '@renderer/i18n/translation'
import { itemTitle } from '@shared/entities'
import type { BundlePreview } from '@shared/exchange-inputs'
import { LocalizedText } from '@renderer/components/localized-text'
import { StatusBadge } from '@renderer/components/status-badge'
import { entryKey } from './import-choices'

type Entry = BundlePreview['entries'][number]

/** Incoming items as a short list: kind, title, status, and for an update the versions it spans. */
export function EntryList({ entries, testId }: { entries: readonly Entry[]; testId: string }) {
  const { t } = useTranslation()
  return (
    <ul className="entry-list" data-testid={testId}>
      {entries.map((entry) => (
        <li key={entryKey(entry)} className="entry">
          <span className="entry-kind">{t(`library.kind.${entry.kind}`)}</span>
          <span className="entry-title">
            <LocalizedText value={itemTitle(entry.kind, entry.theirs)} fallback={entry.id} />
          </span>
          <StatusBadge status={entry.theirs.status} />
          {entry.mine && entry.mine.version !== entry.theirs.version && (
            <span className="entry-versions">
              {t('exchange.preview.versions', { mine: entry.mine.version, theirs: entry.theirs.version })}
            </span>
          )}
        </li>
      ))}
    </ul>
  )
}
