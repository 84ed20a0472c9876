import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LIBRARY_KINDS } from '@shared/entities'
import type { LibraryKind } from '@shared/entities'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { LibraryPanel } from './library-panel'
import { LibraryTabs, panelId, tabId } from './library-tabs'

/** The library: partners, key messages, irritants and background notes, one tab each. */
export function LibraryScreen() {
  const { t } = useTranslation()
  const [kind, setKind] = useState<LibraryKind>('partner')
  return (
    <>
      <ScreenHeading>{t('library.title')}</ScreenHeading>
      <p className="lead">{t('library.intro')}</p>
      <LibraryTabs selected={kind} onSelect={setKind} />
      {LIBRARY_KINDS.map((each) => (
        <div
          key={each}
          id={panelId(each)}
          className="tab-panel"
          role="tabpanel"
          aria-labelledby={tabId(each)}
          tabIndex={0}
          hidden={each !== kind}
        >
          {/* Only the open tab loads; reopening a tab loads it afresh. */}
          {each === kind && <LibraryPanel kind={each} />}
        </div>
      ))}
    </>
  )
}
