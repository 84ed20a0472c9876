import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

// Runs every test stage, even after one fails (so a run shows all failures), then prints one
// closing line that CI can read: "Tests: N passed, N failed, N skipped".

interface Counts {
  passed: number
  failed: number
  skipped: number
  /** Why tests were skipped, as the tests themselves say it. */
  skipReasons: string[]
}

interface Stage {
  name: string
  command: string[]
  /** Where the stage's runner writes its JSON report, and how to count it. */
  report?: { file: string; count: (json: unknown) => Counts }
}

const countVitest = (json: unknown): Counts => {
  const report = json as {
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numTodoTests: number
  }
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
    skipReasons: []
  }
}

interface PlaywrightSuite {
  suites?: PlaywrightSuite[]
  specs?: { title: string; tests: { annotations: { type: string; description?: string }[] }[] }[]
}

function skipReasons(suite: PlaywrightSuite): string[] {
  const own = (suite.specs ?? []).flatMap((spec) =>
    spec.tests.flatMap((test) =>
      test.annotations
        .filter((annotation) => annotation.type === 'skip')
        .map((annotation) => `${spec.title}: ${annotation.description ?? 'skipped'}`)
    )
  )
  return [...own, ...(suite.suites ?? []).flatMap(skipReasons)]
}

const countPlaywright = (json: unknown): Counts => {
  const report = json as PlaywrightSuite & {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number }
  }
  const { stats } = report
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected,
    skipped: stats.skipped,
    skipReasons: skipReasons(report)
  }
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const only = process.argv[2]
const stages: Stage[] = [
  { name: 'unit', command: [npx, 'vitest', 'run'], report: { file: 'test-results/unit.json', count: countVitest } },
  { name: 'build', command: [npx, 'electron-vite', 'build'] },
  {
    name: 'e2e',
    command: [npx, 'playwright', 'test', '--config', 'playwright.config.ts'],
    report: { file: 'test-results/e2e.json', count: countPlaywright }
  },
  {
    name: 'electron',
    command: [npx, 'playwright', 'test', '--config', 'playwright.electron.config.ts'],
    report: { file: 'test-results/electron.json', count: countPlaywright }
  }
].filter((stage) => only === undefined || stage.name === only || stage.name === 'build')

// The tests run on the Node inside current Electron; on an older one vitest 5 and Electron's own
// package refuse to work, so say so plainly instead of failing somewhere in the middle.
const NODE_MAJOR = 24
const major = Number(process.versions.node.split('.')[0])
console.log(`Node ${process.version}`)
if (major < NODE_MAJOR) {
  console.error(`Dossier is built and tested on Node ${NODE_MAJOR}; this is Node ${process.version}. See the README.`)
  process.exit(1)
}

const total = { passed: 0, failed: 0, skipped: 0 }
const lines: string[] = []
let anyStageFailed = false

for (const stage of stages) {
  if (stage.report) rmSync(stage.report.file, { force: true })
  console.log(`\n=== ${stage.name}: ${stage.command.slice(1).join(' ')}`)
  const [command, ...args] = stage.command as [string, ...string[]]
  const exit = spawnSync(command, args, { stdio: 'inherit' }).status
  if (exit !== 0) anyStageFailed = true
  if (!stage.report) {
    if (exit !== 0) lines.push(`${stage.name}: failed (exit ${exit})`)
    continue
  }
  if (!existsSync(stage.report.file)) {
    lines.push(`${stage.name}: no report (exit ${exit})`)
    anyStageFailed = true
    continue
  }
  const counts = stage.report.count(JSON.parse(readFileSync(stage.report.file, 'utf8')))
  lines.push(`${stage.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
  lines.push(...counts.skipReasons.map((reason) => `  skipped: ${reason}`))
  total.passed += counts.passed
  total.failed += counts.failed
  total.skipped += counts.skipped
}

console.log(`\n${lines.join('\n')}`)
console.log(`Tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(anyStageFailed || total.failed > 0 ? 1 : 0)
