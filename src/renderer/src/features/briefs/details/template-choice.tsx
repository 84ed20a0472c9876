import { useTranslation } from '@renderer/i18n/translation'
import type { BriefTemplateDefinition } from '@shared/brief-inputs'
import { LocalizedText } from '@renderer/components/localized-text'

interface Props {
  templates: readonly BriefTemplateDefinition[]
  value: string
  onChange: (template: BriefTemplateDefinition) => void
}

/** The four kinds of brief, each named and described in the interface language, as radio cards. */
export function TemplateChoice({ templates, value, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <fieldset className="form-field template-choice" id="field-template">
      <legend className="field-label">{t('composer.new.template')}</legend>
      <div className="template-options">
        {templates.map((template) => (
          <label key={template.id} className="template-option">
            <input
              type="radio"
              name="template"
              value={template.id}
              checked={value === template.id}
              onChange={() => onChange(template)}
              aria-describedby={`template-${template.id}-description`}
            />
            <span className="template-text">
              <span className="template-name">
                <LocalizedText value={template.name} />
              </span>
              <span className="template-description" id={`template-${template.id}-description`}>
                <LocalizedText value={template.description} />
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
