import type { TFunction } from 'i18next'
import type { Notice } from '@shared/operations'
import type { ApiError } from '@shared/result'
import type { Language } from '@shared/languages'
import { stampText } from './format-date'

/** An api error in the user's words; a code this build does not know reads as an internal error. */
export function errorMessage(t: TFunction, error: ApiError): string {
  return t([`errors.${error.code}`, 'errors.internal'])
}

/**
 * A start-up notice in the user's words. When the notice lacks a value the sentence needs
 * (main and renderer disagree on a param name), the main process's own English sentence is
 * shown instead: plain English beats a sentence with a hole in it.
 */
export function noticeMessage(t: TFunction, notice: Notice, language: Language): { text: string; translated: boolean } {
  const params: Record<string, string | number> = { ...notice.params }
  // Backups are named by a file-safe timestamp; the sentence reads better with a local time.
  if (notice.params.backup !== undefined) params.backup = stampText(notice.params.backup, language)
  // Params travel as text, and i18next picks a plural form (one copy, two copies) only for a number.
  if (/^\d+$/.test(notice.params.count ?? '')) params.count = Number(notice.params.count)
  const text = t(`notices.${notice.code}`, { ...params, defaultValue: '' })
  if (text === '' || text.includes('{{')) return { text: notice.message, translated: false }
  return { text, translated: true }
}
