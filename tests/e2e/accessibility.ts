import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/**
 * Fails on any serious or critical axe violation of the page as it is now; `name` says which
 * screen in the failure. Only violations are collected in full: axe otherwise builds a selector
 * for every node that passed, which on these screens took about a third of each scan (measured:
 * 7.3 s -> 5.3 s on the library screen) and is never read here.
 */
export async function expectNoSeriousViolation(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze()
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
  expect(
    serious.map(
      (violation) =>
        `${name}: ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
    )
  ).toEqual([])
}
