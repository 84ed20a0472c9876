import { useMemo, useRef, useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { BriefListing } from '@shared/operations'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LoadingMessage } from '@renderer/components/loading-message'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { FlashMessage } from '@renderer/components/flash-message'
import type { Flash } from '@renderer/components/flash-message'
import { BriefRow } from './brief-row'
import type { BriefSort } from './brief-filter'
import { filterBriefs } from './brief-filter'
import { loadBriefs } from './load-briefs'
import { useBriefActions } from './use-brief-actions'

interface Props {
  onOpen: (id: string) => void
  onNew: () => void
  onDuplicated: (copy: BriefListing) => void
}

/** The briefs: search by title, place or partner, sort by meeting date, open, copy or delete. */
export function BriefListView({ onOpen, onNew, onDuplicated }: Props) {
  const { t } = useTranslation()
  const [view, reload] = useApiQuery(loadBriefs)
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<BriefSort>('newest')
  const [flash, setFlash] = useState<Flash | null>(null)
  const flashRef = useRef<HTMLDivElement>(null)
  const showFlash = (next: Flash | null) => {
    setFlash(next)
    if (next) requestAnimationFrame(() => flashRef.current?.focus())
  }
  const { busy, problem, duplicate, remove } = useBriefActions({ reload, flash: showFlash, onDuplicated })
  const ready = view.state === 'ready' ? view.value : null
  const shown = useMemo(
    () => (ready ? filterBriefs(ready.briefs, query, sort, ready.partnerNames) : []),
    [ready, query, sort]
  )

  return (
    <>
      <ScreenHeading>{t('briefs.title')}</ScreenHeading>
      <p className="lead">{t('composer.list.intro')}</p>
      <FlashMessage flash={flash} onDismiss={() => setFlash(null)} ref={flashRef} />
      {problem && (
        <div className="alert" role="alert" data-testid="brief-problem">
          <p>
            {problem.code === 'in-use' ? t('composer.list.inUse') : t([`errors.${problem.code}`, 'errors.internal'])}
          </p>
          <details className="alert-details">
            <summary>{t('common.details')}</summary>
            <p lang="en-CA">{problem.message}</p>
          </details>
        </div>
      )}
      <div className="brief-list-tools">
        <button type="button" className="button" onClick={onNew}>
          {t('composer.list.new')}
        </button>
        <div className="filter" role="search" aria-label={t('composer.list.searchRegion')}>
          <label className="filter-label" htmlFor="brief-search">
            {t('composer.list.search')}
          </label>
          <input
            id="brief-search"
            type="search"
            className="text-input"
            value={query}
            autoComplete="off"
            aria-describedby="brief-search-hint"
            onChange={(event) => setQuery(event.target.value)}
          />
          <p className="hint" id="brief-search-hint">
            {t('composer.list.searchHint')}
          </p>
        </div>
        <div className="filter">
          <label className="filter-label" htmlFor="brief-sort">
            {t('composer.list.sort')}
          </label>
          <select
            id="brief-sort"
            className="select-input"
            value={sort}
            onChange={(event) => setSort(event.target.value as BriefSort)}
          >
            <option value="newest">{t('composer.list.newest')}</option>
            <option value="oldest">{t('composer.list.oldest')}</option>
          </select>
        </div>
      </div>
      {view.state === 'loading' && <LoadingMessage />}
      {view.state === 'failed' && <ApiErrorMessage error={view.error} onRetry={reload} />}
      {ready && ready.briefs.length === 0 && (
        <div className="empty-state">
          <p>{t('briefs.empty')}</p>
          <p>{t('composer.list.emptyHint')}</p>
        </div>
      )}
      {ready && ready.briefs.length > 0 && (
        <>
          <h2 id="briefs-count" className="list-count" aria-live="polite">
            {query.trim() === ''
              ? t('briefs.count', { count: shown.length })
              : t('composer.list.found', { count: shown.length, query: query.trim() })}
          </h2>
          <ul className="card-list" aria-labelledby="briefs-count">
            {shown.map((brief) => (
              <BriefRow
                key={brief.id}
                brief={brief}
                partnerNames={ready.partnerNames}
                busy={busy}
                onOpen={() => onOpen(brief.id)}
                onDuplicate={() => void duplicate(brief)}
                onDelete={() => void remove(brief)}
              />
            ))}
          </ul>
        </>
      )}
    </>
  )
}
