import { useTranslation } from '@renderer/i18n/translation'
import { useBrief, useComposer, useComposerState } from '../composer/composer-context'
import { AddSectionForm } from './add-section-form'
import { OutlineSection } from './outline-section'

/** The brief's outline: its sections in order, each with its items, and a form to add a section. */
export function OutlineView() {
  const { t } = useTranslation()
  const { actions, resolve } = useComposer()
  const brief = useBrief()
  const lookup = useComposerState((state) => state.lookup)
  return (
    <section className="outline" aria-labelledby="outline-heading" data-testid="outline">
      <h2 id="outline-heading" className="composer-pane-title">
        {t('composer.outline.title')}
      </h2>
      <p className="hint">{t('composer.outline.hint')}</p>
      <ol className="outline-sections">
        {brief.sections.map((section, index) => (
          <OutlineSection
            key={section.id}
            section={section}
            index={index}
            count={brief.sections.length}
            lookup={lookup}
            partnerIds={brief.partnerIds}
            resolve={resolve}
            actions={actions}
          />
        ))}
      </ol>
      {brief.sections.length === 0 && <p className="empty-state">{t('composer.outline.noSections')}</p>}
      <AddSectionForm onAdd={actions.addSection} />
    </section>
  )
}
