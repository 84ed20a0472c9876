import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { ExportedBundle } from '@shared/exchange-inputs'
import type { Marking } from '@shared/markings'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { useApiQuery } from '@renderer/api/use-api-query'
import { FileProblems } from '../file-problems'
import type { FilterChoices } from './bundle-filter'
import { choosesNothing, DEFAULT_CHOICES, toBundleFilter, totalOf } from './bundle-filter'
import { BundleCountText } from './bundle-count-text'
import { BundleFilterFields } from './bundle-filter-fields'
import { BundleMarkingFields } from './bundle-marking-fields'
import { useBundleCount } from './use-bundle-count'

/**
 * Send: all of the library, or the part the user narrows it to, saved as an exchange file
 * (.dossier) to carry on a USB key or attach to an email. The count updates as choices change.
 */
export function SendSection({ onSaved }: { onSaved: (bundle: ExportedBundle) => void }) {
  const { t } = useTranslation()
  const [choices, setChoices] = useState<FilterChoices>(DEFAULT_CHOICES)
  const [marking, setMarking] = useState<{ ceiling: Marking; history: boolean }>({
    ceiling: 'PROTECTED B',
    history: true
  })
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<ApiError | null>(null)
  const [keys] = useApiQuery(() => api['keys.list']({}))
  const unsigned = keys.state === 'ready' && keys.value.identity === null
  const filter = toBundleFilter(choices)
  const empty = choosesNothing(choices)
  const count = useBundleCount(filter, empty, marking.ceiling)
  const total = count.state === 'ready' ? totalOf(count.counts) : null

  const save = async () => {
    setProblem(null)
    setBusy(true)
    try {
      // The main process shows the save dialog; cancelled, there is nothing to do and nothing to say.
      const saved = await api['exchange.exportBundle']({ filter, ...marking })
      if (!saved.ok) return setProblem(saved.error)
      if (saved.value !== null) onSaved(saved.value)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="exchange-task" aria-labelledby="send-heading" data-testid="send-section">
      <h2 id="send-heading">{t('exchange.send.title')}</h2>
      <p>{t('exchange.send.intro')}</p>
      <fieldset className="form-field">
        <legend className="field-label">{t('exchange.send.scope')}</legend>
        <div className="radio-group radio-group-stacked">
          {(['all', 'part'] as const).map((scope) => (
            <label key={scope} className="radio">
              <input
                type="radio"
                name="bundle-scope"
                value={scope}
                checked={choices.scope === scope}
                onChange={() => setChoices({ ...choices, scope })}
              />
              {t(`exchange.send.scopes.${scope}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {choices.scope === 'part' && <BundleFilterFields choices={choices} onChange={setChoices} />}
      <BundleMarkingFields ceiling={marking.ceiling} history={marking.history} onChange={setMarking} />
      <BundleCountText count={count} empty={empty} />
      {unsigned && (
        <p className="alert alert-warning" data-testid="send-unsigned">
          {t('signing.send.unsigned')}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={busy || total === 0 || count.state === 'failed'}
          onClick={() => void save()}
        >
          {busy ? t('exchange.send.saving') : t('exchange.send.save')}
        </button>
      </div>
      {problem && <FileProblems title={t('exchange.send.failed')} error={problem} nothingChanged={false} />}
    </section>
  )
}
