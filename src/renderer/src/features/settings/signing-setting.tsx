import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { SigningKeysView } from '@shared/signing-inputs'
import { api } from '@renderer/api/client'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LoadingMessage } from '@renderer/components/loading-message'
import { PublisherIdentitySetting } from './publisher-identity-setting'
import { TrustedPublishersSetting } from './trusted-publishers-setting'

/**
 * Signed exchange files: this office's publisher identity (made once, its public key exported
 * for other offices) and the publishers whose files it takes without asking.
 */
export function SigningSetting() {
  const { t } = useTranslation()
  const [loaded] = useApiQuery(() => api['keys.list']({}))
  // Each change answers with the keys as they now are; that answer replaces what was loaded.
  const [changed, setChanged] = useState<SigningKeysView | null>(null)
  const keys = changed ?? (loaded.state === 'ready' ? loaded.value : null)
  return (
    <section className="setting" aria-labelledby="signing-heading" data-testid="signing-setting">
      <h2 id="signing-heading" className="setting-heading">
        {t('signing.settings.heading')}
      </h2>
      <p>{t('signing.settings.intro')}</p>
      {loaded.state === 'failed' && <ApiErrorMessage error={loaded.error} />}
      {keys === null && loaded.state === 'loading' && <LoadingMessage />}
      {keys && (
        <>
          <PublisherIdentitySetting identity={keys.identity} onChanged={setChanged} />
          <TrustedPublishersSetting trusted={keys.trusted} onChanged={setChanged} />
        </>
      )}
    </section>
  )
}
