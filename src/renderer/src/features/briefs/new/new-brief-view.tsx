import { useTranslation } from '@renderer/i18n/translation'
import type { Brief } from '@shared/entities'
import { api } from '@renderer/api/client'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LoadingMessage } from '@renderer/components/loading-message'
import { ScreenHeading } from '@renderer/components/screen-heading'
import type { BriefDefaults } from './brief-draft'
import { NewBriefForm } from './new-brief-form'
import { BackButton } from '@renderer/components/back-button'

interface Props {
  defaults: BriefDefaults
  onCancel: () => void
  onCreated: (brief: Brief) => void
}

/** "New brief": the templates load first, then the form. */
export function NewBriefView({ defaults, onCancel, onCreated }: Props) {
  const { t } = useTranslation()
  const [templates, reload] = useApiQuery(() => api['briefs.templates']({}))
  return (
    <div className="new-brief">
      <BackButton onClick={onCancel}>{t('composer.back')}</BackButton>
      <ScreenHeading>{t('composer.new.title')}</ScreenHeading>
      <p className="lead">{t('composer.new.intro')}</p>
      {templates.state === 'loading' && <LoadingMessage />}
      {templates.state === 'failed' && <ApiErrorMessage error={templates.error} onRetry={reload} />}
      {templates.state === 'ready' && templates.value.length > 0 && (
        <NewBriefForm templates={templates.value} defaults={defaults} onCancel={onCancel} onCreated={onCreated} />
      )}
    </div>
  )
}
