import { crc32, deflateRawSync } from 'node:zlib'
import { Packer } from 'docx'
import type { Document } from 'docx'
import { Zip } from 'fflate'
import type { ZipInputFile } from 'fflate'

// docx zips a document's parts with fflate's DEFLATE, written in JavaScript. In a short process
// (a `dossier` command, or the main process's first export) that code never warms up: 35-40 ms of
// a bilingual brief's export in a CPU profile. Node's zlib, in C, deflates the same parts in a
// few milliseconds. So docx's compiler writes the parts, Node deflates them, and fflate writes
// the zip around them: its `Zip` takes any ZipInputFile that brings its own compressed bytes,
// size and CRC (a documented extension point).

/** A package's parts by path, in the order they go into the zip. */
export type PackageParts = ReadonlyMap<string, string | Uint8Array>

/** A part docx writes as given, in place of its own (docx's IXmlifyedFile). */
export interface PartOverride {
  path: string
  data: string
}

/** docx's own compiler, which `Packer` keeps private: the document's parts, before they are zipped. */
interface PartsCompiler {
  compile(document: Document, prettify: undefined, overrides: readonly PartOverride[]): PackageParts
}

function partsCompiler(): PartsCompiler | undefined {
  const compiler = (Packer as unknown as { compiler?: Partial<PartsCompiler> }).compiler
  return typeof compiler?.compile === 'function' ? (compiler as PartsCompiler) : undefined
}

/**
 * The document's .docx bytes, its zip entries dated `modified`. Should a docx release move its
 * compiler, `Packer` does it all, more slowly (a unit test says so first).
 */
export async function documentBytes(
  document: Document,
  overrides: readonly PartOverride[],
  modified: Date
): Promise<Uint8Array> {
  const parts = partsCompiler()?.compile(document, undefined, overrides)
  if (parts instanceof Map) return zipParts(parts, modified)
  return Packer.pack(document, 'uint8array', false, overrides)
}

function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data
}

/**
 * The zip of the parts, each deflated. fflate's streaming writer puts each entry's sizes and CRC
 * in a data descriptor after its bytes, as Java's and .NET's zip streams do; Word reads it.
 */
export function zipParts(parts: PackageParts, modified: Date): Uint8Array {
  const chunks: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else chunks.push(chunk)
  })
  for (const [path, data] of parts) {
    const raw = bytesOf(data)
    const entry: ZipInputFile = { filename: path, size: raw.length, crc: crc32(raw), compression: 8, mtime: modified }
    zip.add(entry)
    // add() has set ondata: the entry's whole compressed content, in one final chunk.
    entry.ondata?.(null, deflateRawSync(raw), true)
  }
  zip.end()
  if (failure) throw failure
  return Buffer.concat(chunks)
}
