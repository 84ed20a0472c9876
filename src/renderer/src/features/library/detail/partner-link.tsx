import { useTranslation } from '@renderer/i18n/translation'
import { LocalizedText } from '@renderer/components/localized-text'
import { useLibraryNav } from '../library-nav'
import { usePartners } from '@renderer/lib/partners-context'

/** A partner's name that opens its profile; the id, said as unknown, when it is not in the library. */
export function PartnerLink({ id }: { id: string }) {
  const { t } = useTranslation()
  const nav = useLibraryNav()
  const name = usePartners().nameOf(id)
  if (!name) return <>{t('briefs.unknownPartner', { id })}</>
  return (
    <button type="button" className="link-button" onClick={() => nav.go({ view: 'detail', kind: 'partner', id })}>
      <LocalizedText value={name} />
    </button>
  )
}

/** Partners as a list of links, or "None". */
export function PartnerLinks({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation()
  if (ids.length === 0) return <>{t('library.none')}</>
  return (
    <ul className="inline-list">
      {ids.map((id) => (
        <li key={id}>
          <PartnerLink id={id} />
        </li>
      ))}
    </ul>
  )
}
