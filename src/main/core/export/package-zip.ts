import { zipParts } from './zip-parts'

/** Makes names unique, as a zip with two entries of one name loses one of them on extraction. */
function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>()
  return names.map((name) => {
    const dot = name.lastIndexOf('.')
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, '']
    let candidate = name
    for (let copy = 2; taken.has(candidate.toLowerCase()); copy += 1) candidate = `${stem} (${copy})${extension}`
    taken.add(candidate.toLowerCase())
    return candidate
  })
}

/**
 * A zip of one .docx per brief, its entries dated `modified`. A .docx is already compressed, so
 * entries are stored as they are.
 */
export function packageZip(files: { name: string; bytes: Uint8Array }[], modified: Date): Uint8Array {
  const names = uniqueNames(files.map((file) => file.name))
  return zipParts(new Map(files.map((file, index) => [names[index] ?? file.name, file.bytes])), modified, {
    stored: true
  })
}
