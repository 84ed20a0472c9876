import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { textsIn, textsToUpdate } from '@shared/align-records'
import { itemTitle } from '@shared/entities'
import type { LibraryItem, LibraryKind } from '@shared/entities'
import { textFingerprint } from '@shared/fingerprint'
import { pick } from '@shared/languages'
import type { BilingualText } from '@shared/languages'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { useLibraryNav } from '../library-nav'
import { ActionProblem } from './action-problem'

interface Props {
  kind: LibraryKind
  item: LibraryItem
}

/** The newest earlier version in which the text at `path` said what its record says it last matched. */
function lastMatchedVersion(item: LibraryItem, path: string, text: BilingualText): number | null {
  const aligned = text.aligned
  if (!aligned) return null
  for (const version of [...item.history].reverse()) {
    const then = textsIn(version).find((entry) => entry.path === path)?.text
    if (then && textFingerprint(then.en) === aligned.en && textFingerprint(then.fr) === aligned.fr) {
      return version.version
    }
  }
  return null
}

/**
 * Says which texts of the item have one language lagging behind the other, when they last
 * matched, and offers the deliberate "still matches" (saved as a version of its own).
 */
export function TranslationNotice({ kind, item }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const nav = useLibraryNav()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<ApiError | null>(null)
  const lagging = textsToUpdate(item)
  const first = lagging[0]
  if (!first) return null
  const languages = [...new Set(lagging.map((entry) => entry.language))]
  // A field is named by the first step of its place, so key facts or people are listed once.
  const fieldName = (path: string): string => {
    const [field] = path.split('.')
    return t([`fields.${field}`, 'translation.field'])
  }
  const fieldsLagging = (lag: string): string[] => [
    ...new Set(lagging.filter((entry) => entry.language === lag).map((entry) => fieldName(entry.path)))
  ]
  const matched = lastMatchedVersion(item, first.path, first.text)
  const [only] = languages
  const confirmLabel =
    languages.length === 1 && only ? t(`translation.notice.confirm.${only}`) : t('translation.notice.confirm.both')

  const confirm = async () => {
    setProblem(null)
    setBusy(true)
    const result = await api['library.confirmTranslation']({ kind, id: item.id, expectedVersion: item.version })
    setBusy(false)
    if (!result.ok) return setProblem(result.error)
    nav.changed()
    const title = pick(itemTitle(kind, result.value), language).trim() || t('library.untitled')
    nav.flash({ text: t('translation.notice.confirmed', { title, version: result.value.version }) })
  }

  return (
    <section className="translation-notice" aria-labelledby="translation-notice-title" data-testid="translation-notice">
      <h2 id="translation-notice-title" className="translation-notice-title">
        {t('translation.notice.title')}
      </h2>
      {languages.map((lag) => (
        <div key={lag}>
          <p>{t(`translation.notice.lagging.${lag}`)}</p>
          <ul className="translation-notice-fields">
            {fieldsLagging(lag).map((field) => (
              <li key={field}>{field}</li>
            ))}
          </ul>
        </div>
      ))}
      {matched !== null && <p>{t('translation.notice.lastMatched', { version: matched })}</p>}
      <p className="hint">{t('translation.notice.howToFix')}</p>
      <button
        type="button"
        className="button button-secondary"
        disabled={busy}
        onClick={() => void confirm()}
        data-testid="confirm-translation"
      >
        {confirmLabel}
      </button>
      {problem && <ActionProblem kind={kind} error={problem} action="confirm" onReload={nav.changed} />}
    </section>
  )
}
