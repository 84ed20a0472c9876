/** The text of `dossier --help` and of each command's --help. */
export const HELP: Record<string, string> = {
  main: `Usage: dossier <command> [options]

Runs Dossier's own services without the desktop app, for batch work on a workstation.

Commands:
  list briefs|packages|partners   List what the library holds
  export brief <id>               Export one brief as a Word document
  export package <id>             Export a trip package as one Word document or a zip

Options for every command:
  --data-dir <folder>   The data folder (default: the desktop app's; or DOSSIER_DATA_DIR)
  --help                Explain a command, e.g. dossier export brief --help`,
  list: `Usage: dossier list briefs|packages|partners [--json] [--data-dir <folder>]

Lists briefs (id, meeting date, title), packages (id, dates, name) or partners (id, kind, name).
  --json   Print the full records as JSON, for scripts`,
  'export brief': `Usage: dossier export brief <id> --out <file.docx> [--lang en|fr|bilingual] [--no-toc] [--no-annexes] [--data-dir <folder>]

Exports one brief as a Word document. The brief's own language is used unless --lang is given.
  --out          Where to write the .docx (an existing file is replaced)
  --lang         en, fr or bilingual (English left, French right)
  --no-toc       Leave out the table of contents
  --no-annexes   Leave out the annexes (partner profiles and key facts)`,
  'export package': `Usage: dossier export package <id> --out <file.docx|file.zip> [--lang en|fr|bilingual] [--no-toc] [--no-annexes] [--data-dir <folder>]

Exports a trip package: one combined Word document (cover page, table of contents, one part per
meeting) when --out ends in .docx, or a zip of one .docx per brief when it ends in .zip.
  --lang         en, fr or bilingual (default: English)`
}
