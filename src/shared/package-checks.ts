import type { Package } from './entities'
import type { BriefLanguage, Language } from './languages'
import { languagesIn } from './languages'

/**
 * The languages of an export in which the package's name is blank. Its cover would print the
 * other language's name under this language's words ("Trousse de voyage" over an English name),
 * so such an export is refused, as a brief whose own title lacks the language is.
 */
export function packageNameGaps(pkg: Pick<Package, 'name'>, language: BriefLanguage): Language[] {
  return languagesIn(language).filter((each) => pkg.name[each].trim() === '')
}
