import { useEffect, useRef } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { api } from '@renderer/api/client'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LoadingMessage } from '@renderer/components/loading-message'
import { Composer } from './composer'
import { BackButton } from '@renderer/components/back-button'

interface Props {
  briefId: string
  isCopy: boolean
  onBack: () => void
  onReload: () => void
}

/** Opens a brief (with the library items it uses), then the composer; focus goes to its title. */
export function ComposerView({ briefId, isCopy, onBack, onReload }: Props) {
  const { t } = useTranslation()
  const [opened, reload] = useApiQuery(() => api['briefs.open']({ id: briefId }))
  const containerRef = useRef<HTMLDivElement>(null)
  const ready = opened.state === 'ready'
  useEffect(() => {
    if (ready) containerRef.current?.querySelector<HTMLElement>('h1')?.focus()
  }, [ready])
  return (
    <div ref={containerRef} className="composer-view">
      {opened.state === 'loading' && <LoadingMessage />}
      {opened.state === 'failed' && (
        <>
          <BackButton onClick={onBack}>{t('composer.back')}</BackButton>
          <ApiErrorMessage error={opened.error} onRetry={reload} />
        </>
      )}
      {opened.state === 'ready' && (
        <Composer opened={opened.value} onBack={onBack} onReload={onReload} isCopy={isCopy} />
      )}
    </div>
  )
}
