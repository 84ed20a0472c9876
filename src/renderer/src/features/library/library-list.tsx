import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { itemTitle } from '@shared/entities'
import type { LibraryItem, LibraryKind } from '@shared/entities'
import { LANGUAGE_TAGS, pick } from '@shared/languages'
import { today } from '@shared/dates'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { LibraryItemRow } from './library-item-row'

interface Props {
  kind: LibraryKind
  items: LibraryItem[]
}

/** The items of one kind, in alphabetical order of their title in the interface language. */
export function LibraryList({ kind, items }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(LANGUAGE_TAGS[language], { sensitivity: 'base' })
    const title = (item: LibraryItem) => pick(itemTitle(kind, item), language)
    return [...items].sort((a, b) => collator.compare(title(a), title(b)))
  }, [items, kind, language])
  const countId = `library-count-${kind}`
  // One date for the whole list, so every row judges "overdue" against the same day.
  const todayIso = today()

  return (
    <>
      <h2 id={countId} className="list-count">
        {t(`library.count.${kind}`, { count: items.length })}
      </h2>
      <ul className="card-list" aria-labelledby={countId}>
        {sorted.map((item) => (
          <LibraryItemRow key={item.id} kind={kind} item={item} todayIso={todayIso} />
        ))}
      </ul>
    </>
  )
}
