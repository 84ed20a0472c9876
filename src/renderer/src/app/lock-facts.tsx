import { useTranslation } from '@renderer/i18n/translation'
import type { DataInUseDetails } from '@shared/data-in-use'
import { momentText } from '@renderer/i18n/format-date'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

/** Who holds the data folder, since when, and where the folder and its lock file are. */
export function LockFacts({ details }: { details: DataInUseDetails | null }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const holder = details?.holder ?? 'unknown'
  const since = details?.since ? momentText(details.since, language) : t('dataInUse.notKnown')
  return (
    <section className="lock-facts-section" aria-labelledby="lock-facts-heading">
      <h2 id="lock-facts-heading">{t('dataInUse.factsHeading')}</h2>
      <dl className="lock-facts">
        <dt>{t('dataInUse.heldBy')}</dt>
        <dd data-testid="lock-holder">
          {t(`dataInUse.holder.${holder}`, { host: details?.host ?? '', pid: details?.pid ?? '' })}
        </dd>
        <dt>{t('dataInUse.since')}</dt>
        <dd>{since}</dd>
        {details && (
          <>
            <dt>{t('dataInUse.dataFolder')}</dt>
            <dd>
              <code>{details.dataDir}</code>
            </dd>
            <dt>{t('dataInUse.lockFile')}</dt>
            <dd data-testid="lock-path">
              <code>{details.lockPath}</code>
            </dd>
          </>
        )}
      </dl>
    </section>
  )
}
