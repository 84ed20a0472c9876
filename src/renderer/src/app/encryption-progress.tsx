import { useTranslation } from '@renderer/i18n/translation'
import type { EncryptionProgress } from '@shared/operations'
import { LANGUAGE_TAGS } from '@shared/languages'
import { currentLanguage } from '@renderer/i18n'

/** Where the work stands: the key being made, files being sealed, or the sealed folder opening. */
export function encryptionStage(progress: EncryptionProgress | null): 'preparing' | 'encrypting' | 'opening' {
  if (progress === null) return 'preparing'
  return progress.done < progress.total ? 'encrypting' : 'opening'
}

/** The share of the folder sealed so far, as a bar and in figures; not a live region (the status line is). */
export function EncryptionProgressBar({ progress }: { progress: EncryptionProgress | null }) {
  const { t } = useTranslation()
  // In hundredths, rounded down: 100 % only once everything is sealed.
  const share = progress === null ? 0 : progress.total === 0 ? 100 : Math.floor((progress.done * 100) / progress.total)
  const percent = new Intl.NumberFormat(LANGUAGE_TAGS[currentLanguage()], { style: 'percent' }).format(share / 100)
  return (
    <div className="encrypt-progress">
      <progress id="encrypt-progress" max={100} value={share} aria-label={t('protect.progress')} />
      <span>{t('protect.done', { percent })}</span>
    </div>
  )
}
