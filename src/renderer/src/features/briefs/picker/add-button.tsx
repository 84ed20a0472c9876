import { useTranslation } from '@renderer/i18n/translation'
import { itemTitle } from '@shared/entities'
import { pick } from '@shared/languages'
import type { LibraryHit } from '@shared/operations'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { libraryKey } from '../composer/library-map'

interface Props {
  hit: LibraryHit
  placed: ReadonlySet<string>
  onAdd: (hit: LibraryHit) => void
}

/** "Add…" on a picker card (it asks which section), and a note when the brief holds the item already. */
export function AddButton({ hit, placed, onAdd }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const title = pick(itemTitle(hit.kind, hit.item), language)
  const inBrief = placed.has(libraryKey(hit.kind, hit.item.id))
  return (
    <>
      <button
        type="button"
        className="button button-small"
        data-result-open={hit.item.id}
        data-testid="picker-add"
        onClick={() => onAdd(hit)}
      >
        {t('composer.picker.add')}
        <span className="visually-hidden"> {title}</span>
      </button>
      {inBrief && <span className="in-brief">{t('composer.picker.inBrief')}</span>}
    </>
  )
}
