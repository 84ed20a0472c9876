/** The last part of a path (the file's name), whichever separator the system uses. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path
}
