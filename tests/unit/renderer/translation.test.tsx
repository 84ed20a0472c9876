import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, describe, expect, it } from 'vitest'
import i18n from '@renderer/i18n'
import { useTranslation } from '@renderer/i18n/translation'
import { renderIn } from './render'

function Words() {
  const { t } = useTranslation()
  // The same plain key twice (the second answered from what the first looked up), a default with
  // values to put in (three arguments), and a count with words to put in.
  return (
    <p>
      {t('languageNames.fr')}|{t('languageNames.fr')}|{t('no.such.key', 'Hello {{name}}', { name: 'Ana' })}|
      {t('search.resultCount', { count: 2, query: 'visa' })}
    </p>
  )
}

describe('the window’s translation', () => {
  afterAll(() => i18n.changeLanguage('en'))

  it('gives each plain key in the interface language, and passes every other call on to i18next whole', async () => {
    const english = await renderIn('en', <Words />)
    const french = await renderIn('fr', <Words />)
    expect(english).toContain('French|French|Hello Ana|')
    expect(french).toContain('Français|Français|Hello Ana|')
    expect(english).toContain(i18n.getFixedT('en')('search.resultCount', { count: 2, query: 'visa' }))
    expect(french).toContain(i18n.getFixedT('fr')('search.resultCount', { count: 2, query: 'visa' }))
  })

  it('says so when a component is drawn outside the provider', () => {
    expect(() => renderToStaticMarkup(<Words />)).toThrow(/outside the TranslationProvider/)
  })
})
