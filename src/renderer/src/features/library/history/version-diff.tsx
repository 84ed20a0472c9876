import { useTranslation } from '@renderer/i18n/translation'
import type { LibraryKind } from '@shared/entities'
import { LANGUAGE_TAGS, LANGUAGES, pick } from '@shared/languages'
import { markingLabel } from '@shared/markings'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { recordTranslation } from '@shared/align-records'
import { usePartners } from '@renderer/lib/partners-context'
import { DiffText } from '@renderer/components/diff-text'
import type { ValueNames } from '@renderer/lib/version-fields'
import { compareVersions } from '@renderer/lib/version-fields'
import type { ItemVersion } from '@renderer/lib/versions'

interface Props {
  kind: LibraryKind
  older: ItemVersion
  newer: ItemVersion
}

/** What changed from one version to another, field by field, word by word, in both languages. */
export function VersionDiff({ kind, older, newer }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { nameOf } = usePartners()
  const names: ValueNames = {
    status: (status) => t(`statuses.${status}`),
    marking: (marking) => markingLabel(marking, language),
    topic: (topic) => t(`topics.${topic}`),
    partnerKind: (partnerKind) => t(`partnerKinds.${partnerKind}`),
    partner: (id, inLanguage) => {
      const name = nameOf(id)
      return name ? pick(name, inLanguage) : id
    },
    anyPartner: { en: t('form.anyPartner', { lng: 'en' }), fr: t('form.anyPartner', { lng: 'fr' }) }
  }
  const changes = compareVersions(kind, older, newer, names)
  // A confirmation that both languages still match changes no text: the versions differ only here.
  const lagging = (version: ItemVersion) => recordTranslation(version).needsUpdate
  const translation = (version: ItemVersion) => {
    const languages = lagging(version)
    return languages.length === 0
      ? t('translation.history.inStep')
      : languages.map((each) => t(`translation.needsUpdate.${each}`)).join(', ')
  }
  const translationChanged = lagging(older).join() !== lagging(newer).join()

  return (
    <div className="version-diff" data-testid="version-diff" aria-labelledby="diff-heading" role="region">
      <h3 id="diff-heading">{t('history.changesTitle', { from: older.version, to: newer.version })}</h3>
      <p className="hint">{t('history.legend')}</p>
      {translationChanged && (
        <section className="diff-field" data-testid="translation-change">
          <h4>{t('translation.field')}</h4>
          <p>
            {t('translation.history.change', {
              from: older.version,
              before: translation(older),
              to: newer.version,
              after: translation(newer)
            })}
          </p>
        </section>
      )}
      {changes.length === 0 ? (
        <p>{t('history.noChanges')}</p>
      ) : (
        changes.map((change) => (
          <section key={change.id} className="diff-field">
            <h4>{t(change.labelKey)}</h4>
            {'value' in change ? (
              <p className="prose">
                <DiffText parts={change.value} />
              </p>
            ) : (
              <div className="bilingual-row">
                {LANGUAGES.map((each) => (
                  <div key={each} className="bilingual-column">
                    <p className="language-label">{t(`languageNames.${each}`)}</p>
                    <p className="prose" lang={LANGUAGE_TAGS[each]}>
                      <DiffText parts={change[each]} />
                    </p>
                  </div>
                ))}
              </div>
            )}
          </section>
        ))
      )}
    </div>
  )
}
