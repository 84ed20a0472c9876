import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Writable } from 'node:stream'
import type { OperationName } from '@shared/operations'
import { ERROR_CODES } from '@shared/result'
import type { ErrorCode } from '@shared/result'
import { openApi } from '../api'
import { commandLineHost } from './command-line-host'
import type { ApiTable } from '../api'
import { createFileLogger } from '../core/log'
import { releaseDataLock, resolveDataDir } from '../store'
import type { Store, StoreParts } from '../store'
import { defaultDataDir } from './default-data-dir'
import { HELP } from './help'
import { exportBundleCommand, importBundleCommand, valueOrThrow } from './bundle-commands'
import { formatList } from './format-list'
import type { ListSubject } from './format-list'
import { printable, printableJson } from './printable'
import { DRAFT_KINDS, importWordCommand } from './word-commands'
import type { DraftKind } from './word-commands'
import { keysCommand } from './key-commands'
import { dataChangePassphraseCommand, dataEncryptCommand, dataStatusCommand } from './data-commands'
import { PASSPHRASE_FILE_ENV, passphraseFromFile, promptPassphrase } from './passphrase'
import { folderStatus } from '../store/crypto/folder-commands'
import { defaultChecksDir } from '../store/content-checks'

const DATA_COMMANDS: Record<string, typeof dataStatusCommand> = {
  status: dataStatusCommand,
  encrypt: dataEncryptCommand,
  'change-passphrase': dataChangePassphraseCommand
}

/**
 * The passphrase a command opens its folder with: from DOSSIER_PASSPHRASE_FILE (which also sets
 * an empty folder up encrypted), or asked on the terminal when the folder is encrypted.
 */
async function commandPassphrase(dataDir: string, err: NodeJS.WritableStream): Promise<string | undefined> {
  const fromFile = await passphraseFromFile(process.env, PASSPHRASE_FILE_ENV)
  if (fromFile !== undefined) return fromFile
  const status = await folderStatus({ dataDir }).catch(() => null)
  return status?.encrypted ? promptPassphrase(`Passphrase for ${dataDir}: `, err) : undefined
}

interface Io {
  out: Writable
  err: Writable
  /** The repository (or installed package) root, holding resources/. */
  root: string
}

class UsageError extends Error {}

const isErrorCode = (code: string): code is ErrorCode => (ERROR_CODES as readonly string[]).includes(code)

const OPTIONS = {
  'data-dir': { type: 'string' },
  'take-over': { type: 'boolean' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  lang: { type: 'string' },
  'no-toc': { type: 'boolean' },
  'no-annexes': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  conflicts: { type: 'string' },
  kinds: { type: 'string' },
  partners: { type: 'string' },
  topics: { type: 'string' },
  kind: { type: 'string' },
  ceiling: { type: 'string' },
  'no-history': { type: 'boolean' },
  'accept-unsigned': { type: 'boolean' },
  'allow-downgrade': { type: 'boolean' },
  name: { type: 'string' },
  fingerprint: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

function draftKind(raw: string | undefined): DraftKind | undefined {
  if (raw === undefined) return undefined
  if ((DRAFT_KINDS as readonly string[]).includes(raw)) return raw as DraftKind
  throw new UsageError(`--kind must be ${DRAFT_KINDS.join(', ')}, not "${raw}".`)
}

function language(raw: string | undefined, fallback: 'en' | 'fr' | 'bilingual'): 'en' | 'fr' | 'bilingual' {
  if (raw === undefined) return fallback
  if (raw === 'en' || raw === 'fr' || raw === 'bilingual') return raw
  throw new UsageError(`--lang must be en, fr or bilingual, not "${raw}".`)
}

/** Runs one command line; returns the exit code (0 done, 1 failed, 2 misused). */
export async function runCli(argv: string[], io: Io): Promise<number> {
  // Everything printed may carry text from a file, so everything printed is made safe to print.
  const out = (text: string) => io.out.write(printable(text))
  const err = (text: string) => io.err.write(printable(text))
  // The data folder this run holds, given back at the end so the app can open it again.
  let held: { dataDir: string; store: Store | null } | null = null
  let logFile: string | null = null
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
    const [command, subject, id] = positionals
    const topic =
      (command === 'export' ||
        command === 'bundle' ||
        command === 'data' ||
        command === 'word' ||
        command === 'keys') &&
      subject
        ? `${command} ${subject}`
        : (command ?? 'main')
    if (values.help || !command) {
      out(`${HELP[topic] ?? HELP['main']}\n`)
      return command || values.help ? 0 : 2
    }
    if (!(topic in HELP)) throw new UsageError(`Unknown command "${positionals.join(' ')}". See dossier --help.`)

    const dataDir = resolveDataDir({
      argv: values['data-dir'] ? ['--data-dir', values['data-dir']] : [],
      env: process.env,
      defaultDir: defaultDataDir()
    })
    if (command === 'data') {
      const run = DATA_COMMANDS[subject ?? '']
      if (!run) throw new UsageError('Which data command? dossier data status|encrypt|change-passphrase')
      out(
        await run({
          dataDir,
          takeOver: values['take-over'] === true,
          json: values.json === true,
          env: process.env,
          err: io.err
        })
      )
      return 0
    }
    logFile = resolve(dataDir, 'logs', 'dossier-cli.log')
    const log = createFileLogger(logFile, { echoErrors: false })
    // Only a real import and the keys commands that change the keys write; every other
    // command opens the folder read-only, so it neither spends time on a start-up backup nor
    // pushes one out of the rotation.
    const writes = ['bundle import', 'word import', 'keys create', 'keys trust', 'keys untrust'].includes(topic)
    const readOnly = !writes || values['dry-run'] === true
    // `keys untrust <fingerprint>` names a key, not a file; `keys trust <file>` names the file to open.
    const opens = (topic === 'bundle import' || topic === 'keys trust') && id ? [id] : []
    const passphrase = await commandPassphrase(dataDir, io.err)
    // The files this command writes or reads are the ones its arguments name.
    const host = commandLineHost({ out: values.out, open: opens })
    const open = (readOnly: boolean) =>
      openApi({
        dataDir,
        host,
        resourcesDir: resolve(io.root, 'resources'),
        log,
        readOnly,
        parts: readOnly ? partsRead(topic, subject, id) : undefined,
        // Files that passed their checks before, byte for byte, are not checked again.
        checkedCache: defaultChecksDir(),
        takeOver: values['take-over'] === true,
        passphrase
      })
    const importOptions = {
      dryRun: values['dry-run'] === true,
      conflicts: values.conflicts,
      acceptUnsigned: values['accept-unsigned'] === true,
      allowDowngrade: values['allow-downgrade'] === true
    }
    if (topic === 'bundle import') {
      if (!id) throw new UsageError('Which bundle? dossier bundle import <file.dossier> [--dry-run]')
      if (values.conflicts !== undefined && !['mine', 'theirs', 'both'].includes(values.conflicts)) {
        throw new UsageError('--conflicts must be mine, theirs or both.')
      }
    }
    if (topic === 'bundle import' && !readOnly) {
      // Checked first on the folder opened read-only, so that a bundle refused (forged, unsigned,
      // lowering a marking, in conflict) leaves the folder exactly as it was: not even a start-up backup.
      const check = await open(true)
      held = { dataDir, store: check.store }
      await importBundleCommand(check.api, { ...importOptions, checkOnly: true })
      if (check.store) await check.store.flush()
      await releaseDataLock(dataDir)
      held = null
    }
    const { api, store } = await open(readOnly)
    held = { dataDir, store }
    const repairs = store?.notices.filter((notice) => notice.code !== 'default-library-installed') ?? []
    if (store && repairs.length > 0) {
      // Repairs made at open are told here, apart from the command's own output, and then count as seen.
      for (const notice of repairs) err(`Note: ${notice.message}\n`)
      await store.acknowledgeNotices()
    }
    const call = async <Name extends OperationName>(name: Name, input: unknown) => valueOrThrow(await api[name](input))

    if (command === 'list') {
      if (subject !== 'briefs' && subject !== 'packages' && subject !== 'partners' && subject !== 'records') {
        throw new UsageError('List what? dossier list briefs|packages|partners|records')
      }
      out(await listing(api, subject, values.json === true))
      return 0
    }

    if (command === 'keys') {
      // A fingerprint may be typed with its spaces and without quotes: its groups are joined again.
      const typed = positionals.slice(2).join(' ')
      const fingerprint = subject === 'untrust' && typed !== '' ? typed : values.fingerprint
      io.out.write(await keysCommand(api, subject, { ...values, fingerprint, file: id }))
      return 0
    }

    if (command === 'bundle') {
      if (subject === 'export') {
        if (!values.out) throw new UsageError('Say where to write the bundle with --out <file.dossier>.')
        out(await exportBundleCommand(api, { ...values, out: values.out, history: values['no-history'] !== true }))
        return 0
      }
      out(await importBundleCommand(api, importOptions))
      return 0
    }

    if (command === 'word') {
      const files = positionals.slice(2)
      if (subject !== 'import' || files.length === 0) {
        throw new UsageError('Which Word documents? dossier word import <file.docx...> [--dry-run]')
      }
      const outcome = await importWordCommand(api, host, files, {
        dryRun: values['dry-run'] === true,
        kind: draftKind(values.kind)
      })
      out(outcome.report)
      for (const failure of outcome.failures) err(`dossier: ${failure}\n`)
      return outcome.failures.length > 0 ? 1 : 0
    }

    if (!id) throw new UsageError(`Which ${subject}? ${HELP[topic]?.split('\n')[0]}`)
    if (!values.out) throw new UsageError('Say where to write the file with --out <file>.')
    const request = { tableOfContents: !values['no-toc'], annexes: !values['no-annexes'] }
    const briefLanguage = async () => language(values.lang, (await call('briefs.get', { id })).language)
    const file =
      subject === 'record'
        ? await call('export.record', {
            recordId: id,
            language: language(values.lang, (await call('records.get', { id })).language)
          })
        : subject === 'card'
          ? await call('export.card', { briefId: id, language: await briefLanguage() })
          : subject === 'brief'
            ? await call('export.brief', {
                briefId: id,
                language: await briefLanguage(),
                ...request
              })
            : await call('export.package', {
                packageId: id,
                format: values.out.toLowerCase().endsWith('.zip') ? 'zip' : 'docx',
                language: language(values.lang, 'en'),
                ...request
              })
    if (file === null) throw new UsageError('Say where to write the file with --out <file>.')
    out(`Wrote ${file.path} (${file.bytes} bytes)\n`)
    return 0
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const code = (error as { code?: unknown }).code
    const misused = error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
    // A refusal (folder in use, a bad file, an unknown id) is said in one line; only a fault,
    // which nobody could foresee, points to the log that holds its details.
    const refused = misused || (typeof code === 'string' && code !== 'internal' && isErrorCode(code))
    err(`dossier: ${message}${refused || !logFile ? '' : ` (details in ${logFile})`}\n`)
    return misused ? 2 : 1
  } finally {
    if (held?.store) {
      await held.store.flush()
      await releaseDataLock(held.dataDir)
    }
  }
}

/**
 * What a read-only command reads, when it needs less than the whole folder: at 20,000 items the
 * library is some 60 MB of JSON, which `list briefs` never looks at (its parse and validation
 * were 90% of the command's time there, measured with --cpu-prof). Undefined reads everything.
 * A part left out by mistake fails the command loudly (store/partial-store.ts), never quietly.
 */
function partsRead(topic: string, subject: string | undefined, id: string | undefined): StoreParts | undefined {
  if (topic === 'list') {
    if (subject === 'briefs') return { library: false, briefs: 'all' }
    if (subject === 'packages' || subject === 'records') return { library: false, briefs: [] }
    return undefined
  }
  // A brief's export (or its card) looks its items up by id; it needs no other brief, nor the
  // thousands of library items the brief does not place (store/item-lookup.ts).
  if ((topic === 'export brief' || topic === 'export card') && id) return { library: 'by-id', briefs: [id] }
  return undefined
}

async function listing(api: ApiTable, subject: ListSubject, json: boolean): Promise<string> {
  const records: unknown[] =
    subject === 'partners'
      ? valueOrThrow(await api['library.list']({ kind: 'partner' }))
      : subject === 'briefs'
        ? valueOrThrow(await api['briefs.list']({}))
        : subject === 'records'
          ? valueOrThrow(await api['records.list']({}))
          : valueOrThrow(await api['packages.list']({}))
  return json ? `${printableJson(records)}\n` : formatList(subject, records)
}
