import { Packer } from 'docx'
import type { Document } from 'docx'
import { zipParts } from './zip-parts'
import type { PackageParts } from './zip-parts'

// docx zips a document's parts with fflate's DEFLATE, written in JavaScript. In a short process
// (a `dossier` command, or the main process's first export) that code never warms up: 35-40 ms of
// a bilingual brief's export in a CPU profile. Node's zlib, in C, deflates the same parts in a
// few milliseconds. So docx's compiler writes the parts, and zip-parts.ts deflates them with Node
// and writes the zip around them.

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
