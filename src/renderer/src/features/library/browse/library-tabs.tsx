import { useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { LIBRARY_KINDS } from '@shared/entities'
import type { BrowseTab } from './search-input'

/** Ids that tie each tab to its panel. */
export const tabId = (tab: BrowseTab) => `library-tab-${tab}`
export const panelId = (tab: BrowseTab) => `library-panel-${tab}`

/** Every item first, then one tab per kind, then the items whose review is due. */
export const BROWSE_TABS: readonly BrowseTab[] = ['all', ...LIBRARY_KINDS, 'needs-review']

interface Props {
  selected: BrowseTab
  onSelect: (tab: BrowseTab) => void
}

// Arrow keys move between tabs (and select them), Home and End jump to the ends, as in the
// WAI-ARIA tabs pattern; only the selected tab is in the Tab order.
const KEY_STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1
}

/** The library's tabs: all items, each kind, and Needs review. */
export function LibraryTabs({ selected, onSelect }: Props) {
  const { t } = useTranslation()
  const listRef = useRef<HTMLDivElement>(null)

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = KEY_STEPS[event.key]
    if (!step) return
    event.preventDefault()
    const next = BROWSE_TABS[step(BROWSE_TABS.indexOf(selected), BROWSE_TABS.length)]
    if (!next) return
    onSelect(next)
    listRef.current?.querySelector<HTMLElement>(`#${tabId(next)}`)?.focus()
  }

  return (
    <div className="tabs" role="tablist" aria-label={t('library.tabsLabel')} ref={listRef} onKeyDown={onKeyDown}>
      {BROWSE_TABS.map((tab) => (
        <button
          key={tab}
          id={tabId(tab)}
          type="button"
          role="tab"
          className="tab"
          aria-selected={tab === selected}
          aria-controls={panelId(tab)}
          tabIndex={tab === selected ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {t(`library.tabs.${tab}`)}
        </button>
      ))}
    </div>
  )
}
