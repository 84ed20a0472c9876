import { useRef, useState } from 'react'
import type { RefObject } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { BriefListing } from '@shared/operations'
import type { BilingualText } from '@shared/languages'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { addableBriefs } from './brief-filter'
import { BriefSummary, briefTitle } from './brief-summary'

interface Props {
  allBriefs: readonly BriefListing[]
  inPackage: readonly string[]
  partnerNames: ReadonlyMap<string, BilingualText>
  onAdd: (briefId: string, title: string) => void
  searchRef: RefObject<HTMLInputElement | null>
}

/** Briefs not yet in the package, latest meeting first, narrowed by a search on their titles. */
export function BriefPicker({ allBriefs, inPackage, partnerNames, onAdd, searchRef }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const [query, setQuery] = useState('')
  const listRef = useRef<HTMLUListElement>(null)
  const shown = addableBriefs(allBriefs, inPackage, query)
  const everyBriefAdded = allBriefs.length > 0 && allBriefs.every((brief) => inPackage.includes(brief.id))

  const add = (index: number) => {
    const brief = shown[index]
    if (!brief) return
    onAdd(brief.id, briefTitle(brief, language, t('library.untitled')))
    // Focus moves to the next brief's Add button (it takes this one's place), else to the search box.
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('[data-add]') ?? [])]
    const next = buttons[index + 1] ?? buttons[index - 1]
    if (next) next.focus()
    else searchRef.current?.focus()
  }

  return (
    <section className="brief-picker" aria-labelledby="brief-picker-title">
      <h2 id="brief-picker-title" className="section-title">
        {t('packageEditor.addBriefs')}
      </h2>
      <div className="form-field">
        <label className="field-label" htmlFor="brief-picker-search">
          {t('packageEditor.searchLabel')}
        </label>
        <input
          id="brief-picker-search"
          ref={searchRef}
          type="search"
          className="text-input"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-describedby="brief-picker-count"
        />
      </div>
      <p id="brief-picker-count" className="list-count" role="status">
        {everyBriefAdded
          ? t('packageEditor.allAdded')
          : shown.length === 0
            ? allBriefs.length === 0
              ? t('packageEditor.noBriefsYet')
              : t('packageEditor.noMatch')
            : t('packageEditor.matchCount', { count: shown.length })}
      </p>
      {shown.length > 0 && (
        <ul className="picker-list" ref={listRef} aria-labelledby="brief-picker-title">
          {shown.map((brief, index) => (
            <li key={brief.id} className="picker-item" data-testid="picker-brief">
              <BriefSummary brief={brief} partnerNames={partnerNames} />
              <button
                type="button"
                className="button button-small"
                data-add
                aria-label={t('packageEditor.addNamed', { title: briefTitle(brief, language, t('library.untitled')) })}
                onClick={() => add(index)}
              >
                {t('packageEditor.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
