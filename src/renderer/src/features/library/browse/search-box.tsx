import type { KeyboardEvent, Ref } from 'react'
import { useTranslation } from '@renderer/i18n/translation'

interface Props {
  query: string
  onChange: (query: string) => void
  /** Enter: open the first result. */
  onOpenFirst: () => void
  /** Arrow down: move into the results. */
  onEnterResults: () => void
  ref?: Ref<HTMLInputElement>
}

// Apple keyboards have Command where others have Control; the hint names the key the user has.
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
export const SEARCH_SHORTCUT_LABEL = isMac ? '⌘K' : 'Ctrl+K'

/** The one search box of the library: every item, both languages, as the user types. */
export function SearchBox({ query, onChange, onOpenFirst, onEnterResults, ref }: Props) {
  const { t } = useTranslation()
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && query !== '') {
      event.preventDefault()
      onChange('')
    } else if (event.key === 'Enter') {
      event.preventDefault()
      onOpenFirst()
    } else if (event.key === 'ArrowDown') {
      event.preventDefault()
      onEnterResults()
    }
  }
  return (
    <div className="search-box">
      <label className="field-label" htmlFor="library-search">
        {t('search.label')}
      </label>
      <p className="hint" id="library-search-hint">
        {t('search.hint', { shortcut: SEARCH_SHORTCUT_LABEL })}
      </p>
      <input
        id="library-search"
        ref={ref}
        type="search"
        className="text-input search-input"
        value={query}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        aria-describedby="library-search-hint"
        aria-keyshortcuts={isMac ? 'Meta+K /' : 'Control+K /'}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  )
}
