import { useTranslation } from '@renderer/i18n/translation'
import { LANGUAGE_TAGS, LANGUAGES } from '@shared/languages'
import type { BilingualText } from '@shared/languages'
import { languageToUpdate, textState } from '@shared/translation'
import { RichText } from '@renderer/components/rich-text'

/**
 * A content text in English and French side by side, each tagged with its language; `rich`
 * shows a text's own paragraphs, lists and emphasis (a title or a name has none).
 */
export function BilingualColumns({ value, rich = false }: { value: BilingualText; rich?: boolean }) {
  const { t } = useTranslation()
  const lagging = languageToUpdate(textState(value))
  return (
    <div className="bilingual-row">
      {LANGUAGES.map((language) => (
        <div key={language} className="bilingual-column">
          <p className="language-label">{t(`languageNames.${language}`)}</p>
          {lagging === language && (
            <p className="lagging-language" data-testid="lagging-language">
              <span className="badge badge-translation">{t(`translation.needsUpdate.${language}`)}</span>{' '}
              {t(`translation.column.${language}`)}
            </p>
          )}
          {value[language].trim() === '' ? (
            <p className="not-written">{t('library.notWritten')}</p>
          ) : rich ? (
            <RichText className="prose" lang={LANGUAGE_TAGS[language]} text={value[language]} />
          ) : (
            <p className="prose" lang={LANGUAGE_TAGS[language]}>
              {value[language]}
            </p>
          )}
        </div>
      ))}
    </div>
  )
}

/** A titled section holding one bilingual text. */
export function BilingualSection({ title, value, rich }: { title: string; value: BilingualText; rich?: boolean }) {
  return (
    <section className="detail-section">
      <h2>{title}</h2>
      <BilingualColumns value={value} rich={rich} />
    </section>
  )
}
