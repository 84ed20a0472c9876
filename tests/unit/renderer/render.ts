import { createElement } from 'react'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import i18n from '@renderer/i18n'
import { TranslationProvider } from '@renderer/i18n/translation'

// No DOM here (node environment): components render to HTML, effects do not run. Enough to
// check what a screen shows for given data, in each language.

/** The HTML a component renders in the given interface language, inside the window's TranslationProvider. */
export async function renderIn(language: 'en' | 'fr', element: ReactElement): Promise<string> {
  await i18n.changeLanguage(language)
  return renderToStaticMarkup(createElement(TranslationProvider, null, element))
}

/** How many times `needle` occurs in `html`. */
export function count(html: string, needle: string): number {
  return html.split(needle).length - 1
}
