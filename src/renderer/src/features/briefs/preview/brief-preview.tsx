import { useMemo, useRef, useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { today } from '@shared/dates'
import { markingLabel } from '@shared/markings'
import { useBrief, useComposer, useComposerState } from '../composer/composer-context'
import { PreviewBlockView } from './preview-block'
import { PreviewMeeting, PreviewParticipants } from './preview-meeting'
import { PreviewPlanView } from './preview-plan'
import { buildPreviewModel } from './preview-model'
import { PreviewRow, PreviewText, useDocumentWords } from './preview-row'
import { usePreviewPages } from './use-preview-pages'

/**
 * The brief as the exported document reads: marking, title, then each section with its items,
 * in the brief's language (two columns when bilingual), cut into Letter pages with the marking at
 * the top and bottom of each (use-preview-pages.ts). Rebuilt from the brief on every change;
 * blocks that did not change are not drawn again.
 */
export function BriefPreview() {
  const { t } = useTranslation()
  const word = useDocumentWords()
  const { resolve } = useComposer()
  const brief = useBrief()
  const lookup = useComposerState((state) => state.lookup)
  const [day] = useState(today)
  const model = useMemo(() => buildPreviewModel(brief, lookup, day, resolve), [brief, lookup, day, resolve])
  const { languages } = model
  const pageRef = useRef<HTMLElement>(null)
  usePreviewPages(pageRef, model)
  return (
    <section className="preview composer-pane" aria-labelledby="preview-heading" tabIndex={0} data-testid="preview">
      <h2 id="preview-heading" className="composer-pane-title">
        {t('composer.preview.title')}
      </h2>
      <article
        ref={pageRef}
        className={languages.length === 2 ? 'preview-page preview-bilingual' : 'preview-page'}
        data-marking={languages.map((language) => markingLabel(model.marking, language)).join(' / ')}
      >
        <PreviewRow languages={languages} className="preview-marking-row">
          {(language) => <p className="preview-marking">{markingLabel(model.marking, language)}</p>}
        </PreviewRow>
        <PreviewRow languages={languages}>
          {(language) => (
            <h3 className="preview-doc-title">
              <PreviewText value={model.title} language={language} />
            </h3>
          )}
        </PreviewRow>
        {/* Without a details section, the plan of the meeting heads the brief, as in Word. */}
        {model.plan.sectionId === null && <PreviewPlanView plan={model.plan} languages={languages} />}
        {model.sections.map((section, index) => (
          <section key={section.id} className="preview-section" aria-label={section.title.en || section.title.fr}>
            <PreviewRow languages={languages}>
              {(language) => (
                <h4 className="preview-h2">
                  {index + 1}. <PreviewText value={section.title} language={language} />
                </h4>
              )}
            </PreviewRow>
            {section.details && <PreviewMeeting details={section.details} languages={languages} />}
            {section.id === model.plan.sectionId && <PreviewPlanView plan={model.plan} languages={languages} />}
            {section.participants && <PreviewParticipants participants={section.participants} languages={languages} />}
            {section.blocks.map((block) => (
              <PreviewBlockView key={block.itemId} block={block} languages={languages} />
            ))}
            {section.blocks.length === 0 && !section.details && !section.participants && (
              <PreviewRow languages={languages}>
                {(language) => <p className="preview-empty">{word('noItems', language)}</p>}
              </PreviewRow>
            )}
          </section>
        ))}
        {/* The marking closes the last page; page breaks before it carry their own (use-preview-pages.ts). */}
        <PreviewRow languages={languages} className="preview-marking-row preview-marking-end">
          {(language) => <p className="preview-marking">{markingLabel(model.marking, language)}</p>}
        </PreviewRow>
      </article>
    </section>
  )
}
