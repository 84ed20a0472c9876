import { useTranslation } from '@renderer/i18n/translation'
import { LIBRARY_KINDS } from '@shared/entities'
import type { LibraryKind } from '@shared/entities'
import type { BrowseTab } from './search-input'

interface Props {
  tab: BrowseTab
  onCreate: (kind: LibraryKind) => void
}

/** "New partner" on the Partners tab; one button per kind where the tab holds every kind. */
export function NewItemButtons({ tab, onCreate }: Props) {
  const { t } = useTranslation()
  const kinds = tab === 'all' || tab === 'needs-review' ? LIBRARY_KINDS : [tab]
  return (
    <div className="toolbar new-items" role="group" aria-label={t('library.createLabel')}>
      {kinds.map((kind) => (
        <button
          key={kind}
          type="button"
          className={kinds.length === 1 ? 'button' : 'button button-secondary button-small'}
          onClick={() => onCreate(kind)}
        >
          {t(`library.new.${kind}`)}
        </button>
      ))}
    </div>
  )
}
