import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'

/** What a sealed document carries when its content passed the schema `schema` names (see checked-documents.ts). */
export interface CheckedMark {
  schema: string
  mac: string
}

/**
 * Makes and reads marks with a key of their own, derived from the data key, so that only a holder
 * of the data key can vouch for a document. A plain file sealed as it is (dossier data encrypt)
 * cannot carry a good mark: the key did not exist when it was written.
 */
export function checkedMarks(dataKey: Buffer): {
  make(role: string, schemaVersion: number, schema: string): CheckedMark
  read(role: string, schemaVersion: number, mark: unknown): string | null
} {
  const markKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'dossier checked mark', 32))
  // The role and data version are in the message: a mark copied into another file, or kept
  // through an upgrade, vouches for nothing.
  const macOf = (role: string, schemaVersion: number, schema: string): Buffer =>
    createHmac('sha256', markKey).update(`${role}\n${schemaVersion}\n${schema}`).digest()
  return {
    make: (role, schemaVersion, schema) => ({ schema, mac: macOf(role, schemaVersion, schema).toString('hex') }),
    read: (role, schemaVersion, mark) => {
      if (typeof mark !== 'object' || mark === null) return null
      const { schema, mac } = mark as { schema?: unknown; mac?: unknown }
      if (typeof schema !== 'string' || typeof mac !== 'string' || !/^[0-9a-f]{64}$/.test(mac)) return null
      return timingSafeEqual(Buffer.from(mac, 'hex'), macOf(role, schemaVersion, schema)) ? schema : null
    }
  }
}
