import { useEffect, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { pick } from '@shared/languages'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LoadingMessage } from '@renderer/components/loading-message'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { BriefPicker } from './brief-picker'
import { loadPackage } from './load-package'
import type { PackageView } from './load-package'
import { PackageActions } from './package-actions'
import { PackageBriefList } from './package-brief-list'
import { PackageDetailsForm } from './package-details-form'
import { MarkingRaisedNotice, PackageHeader } from './package-header'
import type { Flash, PackagesGo } from './packages-nav'
import { usePackageSaver } from './use-package-saver'
import { BackButton } from '@renderer/components/back-button'

interface Props {
  id: string
  go: PackagesGo
  flash: (flash: Flash | null) => void
  changed: () => void
  onReady: () => void
}

/** One package: its briefs in order (add, remove, reorder), its details, Export… and Delete. */
export function PackageEditor({ id, go, flash, changed, onReady }: Props) {
  const { t } = useTranslation()
  const [view, reload] = useApiQuery(() => loadPackage(id))
  useEffect(() => {
    if (view.state !== 'loading') onReady()
  }, [view.state, onReady])
  const back = <BackButton onClick={() => go({ view: 'list' })}>{t('packageEditor.back')}</BackButton>
  if (view.state === 'loading') return <LoadingMessage />
  if (view.state === 'failed') {
    return (
      <>
        {back}
        <ScreenHeading>{t('packageEditor.unavailable')}</ScreenHeading>
        <ApiErrorMessage error={view.error} onRetry={reload} />
      </>
    )
  }
  return <EditorBody view={view.value} back={back} go={go} flash={flash} changed={changed} />
}

interface BodyProps {
  view: PackageView
  back: ReactNode
  go: PackagesGo
  flash: (flash: Flash | null) => void
  changed: () => void
}

function EditorBody({ view, back, go, flash, changed }: BodyProps) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { pkg, save, raised, dismissRaised, error, settled } = usePackageSaver(view.pkg)
  const [announcement, setAnnouncement] = useState('')
  const searchRef = useRef<HTMLInputElement>(null)

  const announce = (text: string) => {
    // The same sentence twice in a row (moving the same brief back and forth) must still be read.
    setAnnouncement((current) => (current === text ? `${text}\u00a0` : text))
  }

  const reorder = (briefIds: string[], message: string) => {
    void save({ ...pkg, briefIds })
    announce(message)
  }

  const remove = (briefId: string, message: string) => {
    void save({ ...pkg, briefIds: pkg.briefIds.filter((each) => each !== briefId) })
    announce(message)
  }

  const add = (briefId: string, title: string) => {
    const briefIds = [...pkg.briefIds, briefId]
    void save({ ...pkg, briefIds })
    announce(t('packageEditor.added', { title, position: briefIds.length }))
  }

  const name = pick(pkg.name, language)

  return (
    <div className="package-editor">
      {back}
      <PackageHeader pkg={pkg} />
      <PackageActions pkg={pkg} name={name} go={go} flash={flash} changed={changed} settled={settled} />
      <MarkingRaisedNotice raised={raised} onDismiss={dismissRaised} />
      {error && <ApiErrorMessage error={error} onRetry={changed} />}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="package-announcement">
        {announcement}
      </p>
      <div className="package-columns">
        <section className="package-briefs-section" aria-labelledby="package-briefs-title">
          <h2 id="package-briefs-title" className="section-title">
            {t('packageEditor.briefsTitle', { count: pkg.briefIds.length })}
          </h2>
          <PackageBriefList
            briefIds={pkg.briefIds}
            briefs={view.briefs}
            partnerNames={view.partnerNames}
            onReorder={reorder}
            onRemove={remove}
            focusWhenEmpty={() => searchRef.current?.focus()}
          />
        </section>
        <BriefPicker
          allBriefs={view.allBriefs}
          inPackage={pkg.briefIds}
          partnerNames={view.partnerNames}
          onAdd={add}
          searchRef={searchRef}
        />
      </div>
      <PackageDetailsForm pkg={pkg} onSave={save} />
    </div>
  )
}
