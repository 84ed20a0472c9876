// Node's modules that only some runs need, fetched when first used instead of imported: an import
// loads its module at every start of the app and of every `dossier` command (v8 and
// worker_threads about 3 ms each, readline 1.5, measured), and most commands never save a search
// index, start a worker or prompt for a passphrase. getBuiltinModule loads one synchronously, once.

/** node:v8, for the search index's bytes. */
export const v8 = () => process.getBuiltinModule('node:v8')

/** node:worker_threads, for the worker that reads files from outside. */
export const workerThreads = () => process.getBuiltinModule('node:worker_threads')

/** node:readline, for a passphrase typed at the terminal. */
export const readline = () => process.getBuiltinModule('node:readline')
