import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { LibraryItem, LibraryKind } from '@shared/entities'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { StatusBadge } from '@renderer/components/status-badge'
import { momentText } from '@renderer/i18n/format-date'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { ActionProblem } from '../detail/action-problem'
import { useLibraryNav } from '../library-nav'
import { VersionDiff } from './version-diff'
import { versionsNewestFirst } from '@renderer/lib/versions'

interface Props {
  kind: LibraryKind
  item: LibraryItem
}

/**
 * Every saved version, newest first: who saved it and when. Two are picked to compare (the
 * previous and the current one at first), and an earlier one can be restored, which saves it
 * again as a new version, so nothing is ever lost.
 */
export function HistorySection({ kind, item }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const nav = useLibraryNav()
  const versions = versionsNewestFirst(item)
  const [from, setFrom] = useState(versions[1]?.version ?? item.version)
  const [to, setTo] = useState(item.version)
  const [problem, setProblem] = useState<ApiError | null>(null)
  const older = versions.find((version) => version.version === Math.min(from, to))
  const newer = versions.find((version) => version.version === Math.max(from, to))

  const restore = async (version: number) => {
    setProblem(null)
    const result = await api['library.restoreVersion']({ kind, id: item.id, version, expectedVersion: item.version })
    if (!result.ok) return setProblem(result.error)
    nav.changed()
    nav.flash({ text: t('history.restored', { version, newVersion: result.value.version }) })
  }

  return (
    <section className="detail-section history" aria-labelledby="history-heading" data-testid="history">
      <h2 id="history-heading">{t('history.title')}</h2>
      {versions.length === 1 && <p className="hint">{t('history.onlyOne')}</p>}
      {problem && <ActionProblem kind={kind} error={problem} action="restore" onReload={nav.changed} />}
      <table className="history-table">
        <caption className="visually-hidden">{t('history.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.version')}</th>
            <th scope="col">{t('history.savedBy')}</th>
            <th scope="col">{t('history.savedOn')}</th>
            <th scope="col">{t('fields.status')}</th>
            {versions.length > 1 && (
              <>
                <th scope="col">{t('history.compareFromColumn')}</th>
                <th scope="col">{t('history.compareToColumn')}</th>
                <th scope="col">{t('history.actions')}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => {
            const current = version.version === item.version
            return (
              <tr key={version.version} data-testid="history-version">
                <th scope="row">
                  {t('history.versionN', { version: version.version })}
                  {current && <span className="current-version"> {t('history.current')}</span>}
                </th>
                <td>{version.updatedBy.trim() === '' ? t('history.someone') : version.updatedBy}</td>
                <td>
                  <time dateTime={version.updatedAt}>{momentText(version.updatedAt, language)}</time>
                </td>
                <td>
                  <StatusBadge status={version.status} />
                </td>
                {versions.length > 1 && (
                  <>
                    <td>
                      <input
                        type="radio"
                        name="compare-from"
                        className="radio-input"
                        checked={from === version.version}
                        aria-label={t('history.compareFrom', { version: version.version })}
                        onChange={() => setFrom(version.version)}
                      />
                    </td>
                    <td>
                      <input
                        type="radio"
                        name="compare-to"
                        className="radio-input"
                        checked={to === version.version}
                        aria-label={t('history.compareTo', { version: version.version })}
                        onChange={() => setTo(version.version)}
                      />
                    </td>
                    <td>
                      {!current && (
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          onClick={() => void restore(version.version)}
                        >
                          {t('history.restore', { version: version.version })}
                        </button>
                      )}
                    </td>
                  </>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
      {versions.length > 1 &&
        (older && newer && older !== newer ? (
          <VersionDiff kind={kind} older={older} newer={newer} />
        ) : (
          <p className="hint">{t('history.pickTwo')}</p>
        ))}
    </section>
  )
}
