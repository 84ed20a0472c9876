import type { FigureSeries } from '@shared/figures'

// Figures made up for the tests (the sample library carries none, on purpose): a count and a
// rate, with sources named as a test so no one mistakes them for real figures.

const source = (asOf: string) => ({
  document: { en: 'Test table of study permits', fr: 'Tableau d’essai des permis d’études' },
  link: 'https://example.org/test-table',
  asOf
})

/** A count over three years, typed out of order, and a rate with a decimal. */
export const TEST_FIGURES: FigureSeries[] = [
  {
    id: 'series-study-permits',
    name: { en: 'Study permits issued', fr: 'Permis d’études délivrés' },
    unit: 'count',
    points: [
      { year: 2024, value: 12345, source: source('2025-05') },
      { year: 2022, value: 9870, source: source('2025-05-01') },
      { year: 2023, value: 20500, source: source('2025-05') }
    ]
  },
  {
    id: 'series-visa-approval',
    name: { en: 'Visitor visa approval rate', fr: 'Taux d’approbation des visas de visiteur' },
    unit: 'percent',
    points: [
      { year: 2023, value: 62.5, source: source('2024-12') },
      { year: 2024, value: 85, source: source('2025-03') }
    ]
  }
]
