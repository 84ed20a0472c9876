import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ResolvedItem } from '@shared/brief-rules'
import type { Irritant } from '@shared/entities'
import { LANGUAGE_TAGS, pick } from '@shared/languages'
import { offeredLines } from '@shared/offered-lines'
import { shownLanguage } from '@renderer/components/localized-text'
import { usePartners } from '@renderer/features/library/partners-context'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { OutlineActions } from '../composer/outline-actions'
import { useBrief } from '../composer/composer-context'
import { outlineItemId } from '../composer/focus'

interface Props {
  resolved: ResolvedItem
  actions: OutlineActions
}

/**
 * An irritant's lines aimed at a forum or group that a partner of the brief belongs to (a line
 * for the MIRPS in a meeting with Mexico): offered with a checkbox each, for the officer to add.
 */
export function OfferedLines({ resolved, actions }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { partners } = usePartners()
  const partnerIds = useBrief().partnerIds
  const item = resolved.briefItem
  const irritant = resolved.kind === 'irritant' ? (resolved.library as Irritant | null) : null
  const offered = useMemo(() => {
    if (!irritant) return []
    const byId = new Map(partners.map((partner) => [partner.id, partner]))
    return offeredLines(irritant, partnerIds, (id) => byId.get(id))
  }, [irritant, partners, partnerIds])
  if (item.type !== 'library' || offered.length === 0) return null

  const name = (id: string) => {
    const partner = partners.find((each) => each.id === id)
    return partner ? pick(partner.name, language) || id : id
  }
  const added = item.addedLineIds ?? []
  const hintId = `${outlineItemId(item.id)}-offered-hint`
  return (
    <fieldset className="offered-lines" data-testid="offered-lines">
      <legend className="field-label">{t('composer.item.offeredLines')}</legend>
      <p className="hint" id={hintId}>
        {resolved.edited ? t('composer.item.offeredLinesEdited') : t('composer.item.offeredLinesHint')}
      </p>
      <ul className="offered-line-list">
        {offered.map(({ line, groupId, memberIds }) => {
          const shown = shownLanguage(line.text, language)
          return (
            <li key={line.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={added.includes(line.id)}
                  disabled={resolved.edited}
                  aria-describedby={hintId}
                  onChange={(event) => actions.chooseLine(item.id, line.id, event.target.checked)}
                />
                <span>
                  {t('composer.item.lineForGroup', { group: name(groupId), members: memberIds.map(name).join(', ') })}
                </span>
              </label>
              <p className="offered-line-text" lang={LANGUAGE_TAGS[shown]}>
                {pick(line.text, language)}
              </p>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
