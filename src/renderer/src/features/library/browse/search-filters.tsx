import { useTranslation } from 'react-i18next'
import { STATUSES } from '@shared/entities'
import type { Status } from '@shared/entities'
import { MARKINGS, markingLabel } from '@shared/markings'
import type { Marking } from '@shared/markings'
import { REVIEW_STATES } from '@shared/review'
import type { ReviewState } from '@shared/review'
import { TOPICS } from '@shared/topics'
import { TRANSLATION_FILTERS } from '@shared/library-inputs'
import type { TranslationFilter } from '@shared/library-inputs'
import type { Topic } from '@shared/topics'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { partnerChoices, usePartners } from '../partners-context'
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

/** Filters that narrow the search: partner, topic, marking, status, review state and translation. */
export function SearchFilters({ filters, onChange, showReview }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { partners } = usePartners()
  const set = (patch: Partial<LibraryFilters>) => onChange({ ...filters, ...patch })
  const active = activeFilterCount(filters)

  return (
    <fieldset className="filters">
      <legend className="filters-title">{t('filters.title')}</legend>
      <div className="filters-grid">
        <label className="filter">
          <span className="filter-label">{t('filters.partner')}</span>
          <select
            className="select-input"
            value={filters.partnerId}
            onChange={(e) => set({ partnerId: e.target.value })}
          >
            <option value="">{t('filters.anyPartner')}</option>
            {partnerChoices(partners, language).map((option) => (
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
        <fieldset className="filter filter-group">
          <legend className="filter-label">{t('filters.status')}</legend>
          {STATUSES.map((status) => (
            <label key={status} className="checkbox">
              <input
                type="checkbox"
                checked={filters.statuses.includes(status)}
                onChange={(e) =>
                  set({ statuses: toggled<Status>(filters.statuses, status, e.target.checked, STATUSES) })
                }
              />
              {t(`statuses.${status}`)}
            </label>
          ))}
        </fieldset>
        {showReview && (
          <fieldset className="filter filter-group">
            <legend className="filter-label">{t('filters.review')}</legend>
            {REVIEW_STATES.map((state) => (
              <label key={state} className="checkbox">
                <input
                  type="checkbox"
                  checked={filters.review.includes(state)}
                  onChange={(e) =>
                    set({ review: toggled<ReviewState>(filters.review, state, e.target.checked, REVIEW_STATES) })
                  }
                />
                {t(`filters.reviewStates.${state}`)}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset className="filter filter-group">
          <legend className="filter-label">{t('translation.filter.label')}</legend>
          {TRANSLATION_FILTERS.map((state) => (
            <label key={state} className="checkbox">
              <input
                type="checkbox"
                checked={filters.translation.includes(state)}
                onChange={(e) =>
                  set({
                    translation: toggled<TranslationFilter>(
                      filters.translation,
                      state,
                      e.target.checked,
                      TRANSLATION_FILTERS
                    )
                  })
                }
              />
              {t(`translation.filter.${state}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {active > 0 && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onChange(DEFAULT_FILTERS)}
        >
          {t('filters.clear', { count: active })}
        </button>
      )}
    </fieldset>
  )
}
