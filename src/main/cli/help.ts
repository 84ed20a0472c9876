const DATA_HELP = `Usage: dossier data status|encrypt|change-passphrase [--json] [--data-dir <folder>]

  status              Whether the folder is encrypted, and how its key is wrapped (no passphrase needed)
  encrypt             Encrypt a folder of plain data in place, all or nothing; the new passphrase
                      comes from the file named by DOSSIER_PASSPHRASE_FILE or is typed twice
  change-passphrase   The current passphrase from DOSSIER_PASSPHRASE_FILE (or typed), the new one
                      from DOSSIER_NEW_PASSPHRASE_FILE (or typed twice); only the key is re-wrapped

A forgotten passphrase cannot be recovered: without it, nobody can read the data.`

const KEYS_HELP = `Usage: dossier keys create --name <publisher> | show | export --out <file|folder> | trust <file.dossier-key> [--fingerprint <fp>] | untrust <fingerprint> | list

  create    Create this office's publisher identity (an Ed25519 key pair) under a name, such as
            "IRCC International Affairs, Ottawa"; bundles it exports are then signed
  show      Its name and fingerprint
  export    Write its public key file (.dossier-key) for the offices that receive its bundles
  trust     Trust the publisher of a public key file: its signed bundles are then imported
            without --accept-unsigned. With --fingerprint, trusts only if the file's matches
  untrust   Stop trusting the publisher with this fingerprint
  list      This office's identity and every publisher it trusts

Check a fingerprint by phone with the office that sent the key before trusting it: anyone can
write a key file under any name. The private key stays in the data folder (encrypted with it).`

/** The text of `dossier --help` and of each command's --help. */
export const HELP: Record<string, string> = {
  main: `Usage: dossier <command> [options]

Runs Dossier's own services without the desktop app, for batch work on a workstation.

Commands:
  list briefs|packages|partners|records   List what the library holds
  export brief <id>               Export one brief as a Word document
  export card <id>                Export a brief's pocket card (one page, two at most) as a Word document
  export record <id>              Export a record of discussion as a Word document
  export package <id>             Export a trip package as one Word document or a zip
  bundle export --out <file>      Write the library (or part of it) to a .dossier bundle
  bundle import <file>            Check a .dossier bundle and merge it into the library
  word import <file.docx...>      Turn old Word briefs into draft library items
  keys create|show|export|trust|untrust|list   This office's publisher identity and the publishers it trusts
  data status|encrypt|change-passphrase   Whether the data folder is encrypted; encrypt it; change its passphrase

Options for every command:
  --data-dir <folder>   The data folder (default: the desktop app's; or DOSSIER_DATA_DIR)
  --take-over           Use the data folder even though another Dossier (on this computer or
                        another one) holds it; that Dossier's next save fails. Only when you
                        are sure it is no longer in use, e.g. its computer was switched off
  --help                Explain a command, e.g. dossier export brief --help

An encrypted data folder opens with its passphrase, read from the file named by
DOSSIER_PASSPHRASE_FILE or asked on the terminal; never give it as an argument. On an empty data
folder, a command given DOSSIER_PASSPHRASE_FILE sets the folder up encrypted with it.`,
  list: `Usage: dossier list briefs|packages|partners|records [--json] [--data-dir <folder>]

Lists briefs (id, meeting date, title), packages (id, dates, name), partners (id, kind, name) or
records of discussion (id, meeting date, open commitments, title).
  --json   Print the full records as JSON, for scripts`,
  'export brief': `Usage: dossier export brief <id> --out <file.docx> [--lang en|fr|bilingual] [--no-toc] [--no-annexes] [--data-dir <folder>]

Exports one brief as a Word document. The brief's own language is used unless --lang is given.
  --out          Where to write the .docx (an existing file is replaced)
  --lang         en, fr or bilingual (English left, French right)
  --no-toc       Leave out the table of contents
  --no-annexes   Leave out the annexes (partner profiles, key facts and figures)`,
  'export card': `Usage: dossier export card <id> --out <file.docx> [--lang en|fr|bilingual] [--data-dir <folder>]

Exports a brief's pocket card, to carry into the room: the meeting line, the objectives, each key
message and each "if raised" line in short form (its first sentence), and who sits across the table,
marked like the brief. The brief's own language is used unless --lang is given.
  --out    Where to write the .docx (an existing file is replaced)
  --lang   en, fr or bilingual (English left, French right)`,
  'export record': `Usage: dossier export record <id> --out <file.docx> [--lang en|fr|bilingual] [--data-dir <folder>]

Exports a record of discussion, marked like a brief: the meeting, who attended, the summary, the
points raised and what was said, the points not raised, other points the counterpart raised, and
the commitments (what, who, by when, where each stands). The record's own language is used unless
--lang is given.
  --out    Where to write the .docx (an existing file is replaced)
  --lang   en, fr or bilingual (English left, French right)`,
  'export package': `Usage: dossier export package <id> --out <file.docx|file.zip> [--lang en|fr|bilingual] [--no-toc] [--no-annexes] [--data-dir <folder>]

Exports a trip package: one combined Word document (cover page, table of contents, one part per
meeting) when --out ends in .docx, or a zip of one .docx per brief when it ends in .zip.
  --lang         en, fr or bilingual (default: English)`,
  'bundle export': `Usage: dossier bundle export --out <file.dossier|folder> [--kinds k1,k2] [--partners id1,id2] [--topics t1,t2] [--ceiling <marking>] [--no-history] [--data-dir <folder>]

Writes library items, with their history, to a bundle for another office, signed with this
office's publisher identity (see dossier keys). The manifest states the bundle's highest marking,
and so does the file name when --out is a folder (dossier-library-2026-12-04-PROTECTED-A.dossier).
  --kinds        partner, keyMessage, irritant, backgroundNote (default: all)
  --partners     only these partners and the items linked to them
  --topics       only items filed under these topics
  --ceiling      the highest marking that may go: UNCLASSIFIED, PROTECTED-A or PROTECTED-B
                 (default: all); items above it, and earlier versions above it, stay here, and
                 the command says how many
  --no-history   send only each item's current version`,
  'word import': `Usage: dossier word import <file.docx...> [--dry-run] [--kind keyMessage|irritant|backgroundNote] [--data-dir <folder>]

Reads each Word document (with the same limits as the app's Word import) and turns the paragraphs
under its "Key messages", "Irritants" (or "Responsive lines") and "Background" headings, in
English or French, into draft library items, one per paragraph. Prints, file by file, what was
found and what was added; a file that cannot be read is named with the reason, and the others go
on. Exits with 1 when any file had a problem.
  --dry-run   Only say what would be added; nothing is written
  --kind      Take every paragraph as this kind, whatever its heading (for documents without those headings)`,
  word: 'Usage: dossier word import <file.docx...> [--dry-run] [--kind keyMessage|irritant|backgroundNote]',
  data: DATA_HELP,
  'data status': DATA_HELP,
  'data encrypt': DATA_HELP,
  'data change-passphrase': DATA_HELP,
  'bundle import': `Usage: dossier bundle import <file.dossier> [--dry-run] [--conflicts mine|theirs|both] [--accept-unsigned] [--allow-downgrade] [--data-dir <folder>]

Checks the bundle completely (signature, format, checksum, every item) before touching
anything, says who signed it and whether this office trusts them, lists items that would lose
their marking or approval, then what is new, updated and in conflict, and applies everything or
nothing (a backup first). A bundle changed after it was signed is always refused.
  --dry-run           Only list what would change
  --conflicts         How to settle items both sides changed: keep mine, take theirs, or keep both
  --accept-unsigned   Import a bundle that is unsigned, or signed by a publisher this office does
                      not trust (refused without it)
  --allow-downgrade   Let the import lower an item's marking or replace an approved item with a
                      draft (refused without it)`,
  keys: KEYS_HELP,
  'keys create': KEYS_HELP,
  'keys show': KEYS_HELP,
  'keys export': KEYS_HELP,
  'keys trust': KEYS_HELP,
  'keys untrust': KEYS_HELP,
  'keys list': KEYS_HELP
}
