import { useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { LIBRARY_KINDS } from '@shared/entities'
import type { LibraryKind } from '@shared/entities'

/** Ids that tie each tab to its panel. */
export const tabId = (kind: LibraryKind) => `library-tab-${kind}`
export const panelId = (kind: LibraryKind) => `library-panel-${kind}`

interface Props {
  selected: LibraryKind
  onSelect: (kind: LibraryKind) => void
}

// Arrow keys move between tabs (and select them), Home and End jump to the ends, as in the
// WAI-ARIA tabs pattern; only the selected tab is in the Tab order.
const KEY_STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1
}

/** The four kinds of library item as tabs. */
export function LibraryTabs({ selected, onSelect }: Props) {
  const { t } = useTranslation()
  const listRef = useRef<HTMLDivElement>(null)

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = KEY_STEPS[event.key]
    if (!step) return
    event.preventDefault()
    const next = LIBRARY_KINDS[step(LIBRARY_KINDS.indexOf(selected), LIBRARY_KINDS.length)]
    if (!next) return
    onSelect(next)
    listRef.current?.querySelector<HTMLElement>(`#${tabId(next)}`)?.focus()
  }

  return (
    <div className="tabs" role="tablist" aria-label={t('library.tabsLabel')} ref={listRef} onKeyDown={onKeyDown}>
      {LIBRARY_KINDS.map((kind) => (
        <button
          key={kind}
          id={tabId(kind)}
          type="button"
          role="tab"
          className="tab"
          aria-selected={kind === selected}
          aria-controls={panelId(kind)}
          tabIndex={kind === selected ? 0 : -1}
          onClick={() => onSelect(kind)}
        >
          {t(`library.kinds.${kind}`)}
        </button>
      ))}
    </div>
  )
}
