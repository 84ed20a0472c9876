import { expect, test } from './fixtures'

// Every spec's page is served by the app protocol handler (see tests/renderer-server.ts); this one
// checks that the built renderer's module script, styles and fonts all load and run under the
// content types, nosniff, the policy header and the same-origin resource policy it sends.
test('the built renderer runs when served by the app protocol handler', async ({ openApp, page }) => {
  const answers: { status: number; path: string; type: string }[] = []
  const problems: string[] = []
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname
    answers.push({ status: response.status(), path, type: response.headers()['content-type'] ?? '' })
  })
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))

  await openApp()
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await expect(page.getByTestId('library-item').first()).toBeVisible()
  expect(answers.filter((answer) => answer.status !== 200)).toEqual([])
  expect(answers).toContainEqual({
    status: 200,
    path: expect.stringMatching(/^\/assets\/index-[\w-]+\.js$/),
    type: 'text/javascript; charset=utf-8'
  })
  expect(problems).toEqual([])
})
