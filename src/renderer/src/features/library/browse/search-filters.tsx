import { useRef } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { STATUSES } from '@shared/entities'
import { MARKINGS, markingLabel } from '@shared/markings'
import type { Marking } from '@shared/markings'
import { REVIEW_STATES } from '@shared/review'
import { TOPICS } from '@shared/topics'
import { TRANSLATION_FILTERS } from '@shared/library-inputs'
import type { Topic } from '@shared/topics'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { usePartners } from '@renderer/lib/partners-context'
import type { LibraryFilters } from './search-input'
import { activeFilterCount, DEFAULT_FILTERS } from './search-input'

interface Props {
  filters: LibraryFilters
  onChange: (filters: LibraryFilters) => void
  /** The Needs review tab sets the review state itself. */
  showReview: boolean
}

function toggled<T>(values: readonly T[], value: T, on: boolean, order: readonly T[]): T[] {
  return order.filter((each) => (each === value ? on : values.includes(each)))
}

interface CheckboxGroupProps<T extends string> {
  legend: string
  /** Every choice, in the order they are listed and kept. */
  options: readonly T[]
  chosen: readonly T[]
  label: (option: T) => string
  onChange: (chosen: T[]) => void
}

/** A filter of several choices, any of which may be ticked; none ticked means no narrowing. */
function CheckboxGroup<T extends string>({ legend, options, chosen, label, onChange }: CheckboxGroupProps<T>) {
  return (
    <fieldset className="filter filter-group">
      <legend className="filter-label">{legend}</legend>
      {options.map((option) => (
        <label key={option} className="checkbox">
          <input
            type="checkbox"
            checked={chosen.includes(option)}
            onChange={(e) => onChange(toggled(chosen, option, e.target.checked, options))}
          />
          {label(option)}
        </label>
      ))}
    </fieldset>
  )
}

/** Filters that narrow the search: partner, topic, marking, status, review state and translation. */
export function SearchFilters({ filters, onChange, showReview }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { choices } = usePartners()
  const set = (patch: Partial<LibraryFilters>) => onChange({ ...filters, ...patch })
  const active = activeFilterCount(filters)
  // The Clear button goes once the filters are cleared: focus goes to the first filter, rather
  // than to the page's start, where a keyboard user would have to find the way back.
  const firstFilter = useRef<HTMLSelectElement>(null)
  const clear = () => {
    onChange(DEFAULT_FILTERS)
    firstFilter.current?.focus()
  }

  return (
    <fieldset className="filters">
      <legend className="filters-title">{t('filters.title')}</legend>
      <div className="filters-grid">
        <label className="filter">
          <span className="filter-label">{t('filters.partner')}</span>
          <select
            ref={firstFilter}
            className="select-input"
            value={filters.partnerId}
            onChange={(e) => set({ partnerId: e.target.value })}
          >
            <option value="">{t('filters.anyPartner')}</option>
            {choices(language).map((option) => (
              <option key={option.value} value={option.value} lang={option.lang}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span className="filter-label">{t('filters.topic')}</span>
          <select
            className="select-input"
            value={filters.topic}
            onChange={(e) => set({ topic: e.target.value as Topic | '' })}
          >
            <option value="">{t('filters.anyTopic')}</option>
            {TOPICS.map((topic) => (
              <option key={topic} value={topic}>
                {t(`topics.${topic}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span className="filter-label">{t('filters.marking')}</span>
          <select
            className="select-input"
            value={filters.marking}
            onChange={(e) => set({ marking: e.target.value as Marking | '' })}
          >
            <option value="">{t('filters.anyMarking')}</option>
            {MARKINGS.map((marking) => (
              <option key={marking} value={marking}>
                {markingLabel(marking, language)}
              </option>
            ))}
          </select>
        </label>
        <CheckboxGroup
          legend={t('filters.status')}
          options={STATUSES}
          chosen={filters.statuses}
          label={(status) => t(`statuses.${status}`)}
          onChange={(statuses) => set({ statuses })}
        />
        {showReview && (
          <CheckboxGroup
            legend={t('filters.review')}
            options={REVIEW_STATES}
            chosen={filters.review}
            label={(state) => t(`filters.reviewStates.${state}`)}
            onChange={(review) => set({ review })}
          />
        )}
        <CheckboxGroup
          legend={t('translation.filter.label')}
          options={TRANSLATION_FILTERS}
          chosen={filters.translation}
          label={(state) => t(`translation.filter.${state}`)}
          onChange={(translation) => set({ translation })}
        />
      </div>
      {active > 0 && (
        <button type="button" className="button button-secondary button-small" onClick={clear}>
          {t('filters.clear', { count: active })}
        </button>
      )}
    </fieldset>
  )
}
