import { useTranslation } from '@renderer/i18n/translation'
import { SECTIONS } from './sections'
import type { Section } from './sections'

interface Props {
  current: Section
  onSelect: (section: Section) => void
}

/** The main menu: one button per screen, the current one marked for assistive technology. */
export function PrimaryNav({ current, onSelect }: Props) {
  const { t } = useTranslation()
  return (
    <nav className="primary-nav" aria-label={t('nav.label')}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section}>
            <button
              type="button"
              className="nav-button"
              aria-current={section === current ? 'page' : undefined}
              onClick={() => onSelect(section)}
            >
              {t(`nav.${section}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
