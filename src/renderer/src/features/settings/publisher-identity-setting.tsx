import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { SigningKeysView } from '@shared/signing-inputs'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { momentText } from '@renderer/i18n/format-date'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

interface Props {
  identity: SigningKeysView['identity']
  onChanged: (keys: SigningKeysView) => void
}

/** Creates the office's publisher identity once, then shows its fingerprint and exports its public key. */
export function PublisherIdentitySetting({ identity, onChanged }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<ApiError | null>(null)
  const [exportedTo, setExportedTo] = useState<string | null>(null)

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setProblem(null)
    setBusy(true)
    const result = await api['keys.create']({ name })
    setBusy(false)
    if (!result.ok) return setProblem(result.error)
    onChanged(result.value)
  }

  const exportKey = async () => {
    setProblem(null)
    // The main process shows the save dialog; nothing comes back when the user cancels.
    const result = await api['keys.exportPublic']({})
    if (!result.ok) return setProblem(result.error)
    if (result.value !== null) setExportedTo(result.value.path)
  }

  return (
    <div className="setting-part" data-testid="publisher-identity">
      <h3>{t('signing.settings.identityHeading')}</h3>
      {identity === null ? (
        <form onSubmit={(event) => void create(event)}>
          <p>{t('signing.settings.none')}</p>
          <label className="field-label" htmlFor="publisher-name">
            {t('signing.settings.nameLabel')}
          </label>
          <p className="hint" id="publisher-name-hint">
            {t('signing.settings.nameHint')}
          </p>
          <div className="field-row">
            <input
              id="publisher-name"
              className="text-input"
              type="text"
              maxLength={200}
              value={name}
              aria-describedby="publisher-name-hint"
              onChange={(event) => setName(event.target.value)}
            />
            <button type="submit" className="button" disabled={busy || name.trim() === ''}>
              {busy ? t('signing.settings.creating') : t('signing.settings.create')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <dl className="signing-facts">
            <div>
              <dt>{t('signing.settings.name')}</dt>
              <dd>{identity.name}</dd>
            </div>
            <div>
              <dt>{t('signing.settings.fingerprint')}</dt>
              <dd>
                <code className="fingerprint" data-testid="own-fingerprint">
                  {identity.fingerprint}
                </code>
              </dd>
            </div>
            <div>
              <dt>{t('signing.settings.created')}</dt>
              <dd>
                <time dateTime={identity.createdAt}>{momentText(identity.createdAt, language)}</time>
              </dd>
            </div>
          </dl>
          <p className="hint">{t('signing.settings.fingerprintHint')}</p>
          <button type="button" className="button button-secondary" onClick={() => void exportKey()}>
            {t('signing.settings.export')}
          </button>
        </>
      )}
      <p className="save-status" role="status">
        {exportedTo !== null && t('signing.settings.exported', { path: exportedTo })}
      </p>
      {problem && <ApiErrorMessage error={problem} />}
    </div>
  )
}
