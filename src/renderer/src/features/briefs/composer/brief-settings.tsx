import { useMemo } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { markingFloor } from '@shared/brief-rules'
import { itemTitle } from '@shared/entities'
import { BRIEF_LANGUAGES, pick } from '@shared/languages'
import type { BriefLanguage } from '@shared/languages'
import { MARKINGS, markingLabel, markingRank } from '@shared/markings'
import type { Marking } from '@shared/markings'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { useBrief, useComposer, useComposerState } from './composer-context'

/** The brief's marking (never offered below what its items need, the reason on demand) and its language. */
export function BriefSettings() {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { store } = useComposer()
  const brief = useBrief()
  const lookup = useComposerState((state) => state.lookup)
  const floor = useMemo(() => markingFloor(brief, lookup), [brief, lookup])
  // The item that sets the floor, named in the explanation.
  const reason = useMemo(() => {
    for (const section of brief.sections) {
      for (const item of section.items) {
        if (item.type !== 'library') continue
        const found = lookup(item.kind, item.itemId)
        if (found && found.marking === floor) return pick(itemTitle(item.kind, found), language)
      }
    }
    return ''
  }, [brief, lookup, floor, language])
  const offered = MARKINGS.filter((marking) => markingRank(marking) >= markingRank(floor))

  return (
    <div className="brief-settings">
      <div className="brief-setting">
        <label className="filter-label" htmlFor="brief-marking">
          {t('composer.marking.label')}
        </label>
        <select
          id="brief-marking"
          className="select-input"
          value={brief.marking}
          aria-describedby={floor !== 'UNCLASSIFIED' ? 'brief-marking-floor' : undefined}
          onChange={(event) => store.apply((current) => ({ ...current, marking: event.target.value as Marking }))}
        >
          {offered.map((marking) => (
            <option key={marking} value={marking}>
              {markingLabel(marking, language)}
            </option>
          ))}
        </select>
        {floor !== 'UNCLASSIFIED' && (
          // Details on demand: the reason is one click away, and read out with the marking field.
          <details className="toolbar-popover marking-floor">
            <summary className="link-button">{t('composer.marking.why')}</summary>
            <p className="toolbar-popover-body" id="brief-marking-floor">
              {t('composer.marking.floor', { marking: markingLabel(floor, language), item: reason })}
            </p>
          </details>
        )}
      </div>
      <div className="brief-setting">
        <label className="filter-label" htmlFor="brief-language">
          {t('composer.language.label')}
        </label>
        <select
          id="brief-language"
          className="select-input"
          value={brief.language}
          onChange={(event) =>
            store.apply((current) => ({ ...current, language: event.target.value as BriefLanguage }))
          }
        >
          {BRIEF_LANGUAGES.map((each) => (
            <option key={each} value={each}>
              {t(`composer.languageShort.${each}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
