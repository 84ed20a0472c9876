import { memo, useRef, useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { LibraryLookup } from '@shared/brief-rules'
import type { BriefSection } from '@shared/entities'
import { pick } from '@shared/languages'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { OutlineActions } from '../composer/outline-actions'
import { outlineSectionId } from '../composer/focus'
import type { Resolve } from '../preview/resolve-cache'
import { OfferedProfiles } from './offered-profiles'
import { OutlineItem } from './outline-item'
import { SectionTitleEditor } from './section-title-editor'
import { useOutlineDrop } from './use-outline-drop'
import { MoveRemoveControls } from '@renderer/components/move-remove-controls'

interface Props {
  section: BriefSection
  index: number
  count: number
  /** True for the first and last sections, whose first or last item cannot go further. */
  lookup: LibraryLookup
  partnerIds: string[]
  resolve: Resolve
  actions: OutlineActions
}

/** One section: its title and tools, its items in order (a drop target), and "Add text". */
export const OutlineSection = memo(function OutlineSection(props: Props) {
  const { section, index, count, lookup, partnerIds, resolve, actions } = props
  const { t } = useTranslation()
  const language = useUiLanguage()
  const [renaming, setRenaming] = useState(false)
  const name = pick(section.title, language) || t('composer.outline.untitledSection')
  const headingId = outlineSectionId(section.id)
  const last = section.items.length - 1
  const listRef = useRef<HTMLOListElement>(null)
  const dropProps = useOutlineDrop(listRef, actions, section.id, null)

  return (
    <li
      className="outline-section"
      aria-labelledby={headingId}
      data-testid="outline-section"
      data-section-id={section.id}
    >
      <div className="outline-section-head">
        <h3 id={headingId} className="outline-section-title" tabIndex={-1}>
          {name}
        </h3>
        <div className="outline-item-tools" role="group" aria-label={t('composer.section.tools', { section: name })}>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-expanded={renaming}
            onClick={() => setRenaming((now) => !now)}
            data-control="rename"
          >
            {t('composer.section.rename')}
            <span className="visually-hidden"> {name}</span>
          </button>
          <MoveRemoveControls
            up={{
              name: 'section-up',
              label: t('composer.section.moveUp', { section: name }),
              hint: t('composer.section.moveUpHint'),
              disabled: index === 0,
              onClick: () => actions.moveSectionBy(section.id, -1)
            }}
            down={{
              name: 'section-down',
              label: t('composer.section.moveDown', { section: name }),
              hint: t('composer.section.moveDownHint'),
              disabled: index === count - 1,
              onClick: () => actions.moveSectionBy(section.id, 1)
            }}
            remove={{
              name: 'section-remove',
              label: t('composer.section.remove', { section: name }),
              hint: t('composer.section.removeHint'),
              onClick: () => actions.removeSection(section.id)
            }}
          />
        </div>
      </div>
      {renaming && (
        <SectionTitleEditor
          sectionId={section.id}
          title={section.title}
          onRename={(title) => actions.renameSection(section.id, title)}
          onDone={() => setRenaming(false)}
        />
      )}
      <ol className="outline-items" aria-label={name} ref={listRef} {...dropProps}>
        {section.items.map((item, at) => (
          <OutlineItem
            key={item.id}
            resolved={resolve(item, lookup, partnerIds)}
            sectionId={section.id}
            canMoveUp={at > 0 || index > 0}
            canMoveDown={at < last || index < count - 1}
            actions={actions}
          />
        ))}
      </ol>
      {(section.kind === 'meeting-details' || section.kind === 'participants') && (
        <p className="hint outline-empty">{t(`composer.section.hint.${section.kind}`)}</p>
      )}
      {section.items.length === 0 && <p className="hint outline-empty">{t('composer.section.empty')}</p>}
      {section.kind === 'annexes' && <OfferedProfiles section={section} partnerIds={partnerIds} actions={actions} />}
      <button type="button" className="link-button add-text" onClick={() => actions.addText(section.id)}>
        {t('composer.section.addText')}
        <span className="visually-hidden"> {name}</span>
      </button>
    </li>
  )
})
