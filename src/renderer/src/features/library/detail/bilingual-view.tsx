import { useTranslation } from 'react-i18next'
import { LANGUAGE_TAGS, LANGUAGES } from '@shared/languages'
import type { BilingualText } from '@shared/languages'
import { languageToUpdate, textState } from '@shared/translation'

/** A content text in English and French side by side, each tagged with its language. */
export function BilingualColumns({ value }: { value: BilingualText }) {
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
export function BilingualSection({ title, value }: { title: string; value: BilingualText }) {
  return (
    <section className="detail-section">
      <h2>{title}</h2>
      <BilingualColumns value={value} />
    </section>
  )
}
