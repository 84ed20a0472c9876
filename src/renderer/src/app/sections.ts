import { rememberedPlace } from '@renderer/lib/remembered-place'

/** The screens of the app, in the order the main menu lists them. */
export const SECTIONS = ['library', 'briefs', 'meetings', 'packages', 'exchange', 'settings'] as const
export type Section = (typeof SECTIONS)[number]

/** The screen shown first. */
export const START_SECTION: Section = 'library'

/** The screen the user was on before a reload, or the first screen. */
export function firstSection(): Section {
  const { section } = rememberedPlace()
  return SECTIONS.find((each) => each === section) ?? START_SECTION
}
