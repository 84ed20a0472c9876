/** The screens of the app, in the order the main menu lists them. */
export const SECTIONS = ['library', 'briefs', 'meetings', 'packages', 'exchange', 'settings'] as const
export type Section = (typeof SECTIONS)[number]

/** The screen shown first. */
export const START_SECTION: Section = 'library'
