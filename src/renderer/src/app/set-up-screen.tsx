import { useTranslation } from '@renderer/i18n/translation'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { AppHeader } from './app-header'
import { LanguageSwitch } from './language-switch'
import { NewPassphraseForm } from './new-passphrase-form'
import type { OfferPassphrase } from './use-startup'

interface Props {
  /** Sets the folder up encrypted with the passphrase; the app replaces this screen when it works. */
  onSetUp: OfferPassphrase
}

/**
 * First start: nothing is written to the data folder until the user has chosen the passphrase
 * that encrypts it, typed twice, with a hint of its strength, and read that a forgotten
 * passphrase means the data is gone (there is no other way in yet: no credential store, no reset).
 */
export function SetUpScreen({ onSetUp }: Props) {
  const { t } = useTranslation()
  return (
    <>
      <AppHeader>
        <LanguageSwitch />
      </AppHeader>
      <main id="main-content" className="app-main lock-screen">
        <ScreenHeading>{t('lockScreens.setUp.title')}</ScreenHeading>
        <p className="lead">{t('lockScreens.setUp.lead')}</p>
        <NewPassphraseForm
          onSubmit={onSetUp}
          submitLabel={t('lockScreens.setUp.submit')}
          working={t('lockScreens.setUp.working')}
          warning={
            <>
              <h2>{t('lockScreens.setUp.warningHeading')}</h2>
              <p>{t('lockScreens.setUp.warning')}</p>
              <p>{t('lockScreens.setUp.keepItSafe')}</p>
            </>
          }
        />
      </main>
    </>
  )
}
