import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

const sizes = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 }
]
async function problems(page: Page, where: string) {
  const found = await page.evaluate(() => {
    const out: string[] = []
    const els = document.querySelectorAll('label, button, summary, th, [role=tab], .nav-button, legend, .filter-label, .field-label, h1, h2, h3, h4')
    for (const el of Array.from(els) as HTMLElement[]) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.bottom < 0 || r.top > innerHeight) continue
      const cs = getComputedStyle(el)
      const lh = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.5
      const pad = parseFloat(cs.paddingTop) + parseFloat(cs.paddingBottom) + parseFloat(cs.borderTopWidth) + parseFloat(cs.borderBottomWidth)
      const lines = Math.round((r.height - pad) / lh)
      const cut = el.scrollWidth > el.clientWidth + 1 && cs.overflow !== 'visible'
      if ((lines > 1 && !/^H[1-4]$/.test(el.tagName)) || cut) out.push(`${el.tagName}.${el.className} lines=${lines} cut=${cut} "${el.textContent?.slice(0, 50)}"`)
    }
    return out
  })
  console.log(where, found.length ? '\n  ' + found.join('\n  ') : 'none')
}
for (const lang of ['en', 'fr'] as const)
  for (const size of sizes) {
    test(`shots ${lang} ${size.width}`, async ({ openApp, api, page }) => {
      await page.setViewportSize(size)
      if (lang === 'fr') await api['settings.update']({ uiLanguage: 'fr' } as never)
      await openApp()
      await page.waitForTimeout(800)
      await page.screenshot({ path: `/tmp/shots/${lang}-${size.width}-library.png` })
      await problems(page, `${lang} ${size.width} library`)
      await page.getByRole('navigation').first().getByRole('button', { name: /Briefs|Notes/ }).click()
      await page.getByTestId('brief-item').getByRole('button', { name: /Mexico|Mexique/ }).first().click()
      await expect(page.getByTestId('outline')).toBeVisible()
      await page.waitForTimeout(800)
      await page.screenshot({ path: `/tmp/shots/${lang}-${size.width}-composer.png` })
      await problems(page, `${lang} ${size.width} composer`)
      const sx2 = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      console.log(lang, size.width, 'composer hscroll', sx2)
    })
  }
