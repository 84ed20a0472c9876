import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { AppHeader } from './app-header'
import { EncryptionProgressBar, encryptionStage } from './encryption-progress'
import { LanguageSwitch } from './language-switch'
import { NewPassphraseForm } from './new-passphrase-form'
import { useEncryptionProgress } from './use-encryption-progress'
import type { OfferPassphrase } from './use-startup'

interface Props {
  /** Encrypts the folder in place with the passphrase, then opens it; the app replaces this screen when it works. */
  onEncrypt: OfferPassphrase
}

/**
 * A data folder that holds plain data (from an older Dossier, or the command line) is encrypted
 * in place before anything of it is shown. Required, with no "Not now": the point is that nothing
 * stays readable at rest, and a postponed step is one a travelling laptop never gets to. The
 * screen says what stays, what happens if it is interrupted, and that a forgotten passphrase
 * loses the data; then shows how far the encryption has come.
 */
export function ProtectScreen({ onEncrypt }: Props) {
  const { t } = useTranslation()
  const [working, setWorking] = useState(false)
  const progress = useEncryptionProgress(working)

  const encrypt: OfferPassphrase = async (passphrase) => {
    setWorking(true)
    const error = await onEncrypt(passphrase)
    // Refused or failed: the folder is as it was, and the form says why.
    if (error !== null) setWorking(false)
    return error
  }

  return (
    <>
      <AppHeader>
        <LanguageSwitch />
      </AppHeader>
      <main id="main-content" className="app-main lock-screen">
        <ScreenHeading>{t('protect.title')}</ScreenHeading>
        <p className="lead">{t('protect.lead')}</p>
        <ul className="protect-facts">
          <li>{t('protect.everythingStays')}</li>
          <li>{t('protect.inPlace')}</li>
          <li>{t('protect.interrupted')}</li>
          <li>{t('protect.required')}</li>
        </ul>
        <NewPassphraseForm
          onSubmit={encrypt}
          submitLabel={t('protect.submit')}
          working={t(`protect.status.${encryptionStage(progress)}`)}
          warning={
            <>
              <h2>{t('lockScreens.setUp.warningHeading')}</h2>
              <p>{t('protect.warning')}</p>
              <p>{t('lockScreens.setUp.keepItSafe')}</p>
            </>
          }
        >
          <EncryptionProgressBar progress={progress} />
        </NewPassphraseForm>
      </main>
    </>
  )
}
