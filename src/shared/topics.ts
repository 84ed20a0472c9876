import { z } from 'zod'

/** Subjects that library items and briefs are filed under; labels live in the i18n catalogs. */
export const TOPICS = [
  'border-management',
  'asylum',
  'refugee-resettlement',
  'irregular-migration-returns',
  'international-students',
  'temporary-foreign-workers',
  'youth-mobility',
  'capacity-building',
  'crisis-response',
  'climate-mobility',
  'information-sharing',
  'visas',
  'multilateral-governance',
  'francophone-immigration',
  'national-security',
  'migration-narrative'
] as const
export type Topic = (typeof TOPICS)[number]
export const topicSchema = z.enum(TOPICS)
