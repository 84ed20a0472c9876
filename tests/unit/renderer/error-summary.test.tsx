import { createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { ErrorSummary } from '@renderer/components/fields/error-summary'
import { renderIn } from './render'

// Each problem reads "label: what to do". The colon was written into the code, so the French list
// read "Titre: Remplissez ce champ."; French sets a no-break space before it.

const problems = [{ path: 'title.en', key: 'validation.required' as const, values: {} }]
const summary = () => createElement(ErrorSummary, { problems, ref: null })

describe('the error summary of a refused save', () => {
  it('sets each label before its problem as the language punctuates', async () => {
    expect(await renderIn('en', summary())).toMatch(/Title[^<]*: Fill in this field\./)
    expect(await renderIn('fr', summary())).toMatch(/Titre[^<]*\u00a0: Remplissez ce champ\./)
  })
})
