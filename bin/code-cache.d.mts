// Types for code-cache.mjs, which stays plain JavaScript so that bin/dossier.mjs runs it as is.

export function privateCodeCacheDir(platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv): string | null

export interface CompiledCodeLoader {
  load(file: string): Record<string, unknown>
  save(): void
  report(): { file: string; cache: 'none' | 'used' | 'rejected' }[]
}

export function compiledCodeLoader(options: { cacheDir: string | null; command: string }): CompiledCodeLoader
