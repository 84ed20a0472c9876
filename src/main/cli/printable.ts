// Text that came from a file (a bundle's publisher, an item's title, a zip entry's name in a
// refusal) is printed to a terminal, which obeys control characters: an escape sequence can
// recolour or clear the screen, rewrite the window title, or hide the lines above; a carriage
// return lets a line overwrite itself; a bidirectional override makes "exe.txt" read "txt.exe".
// The command prints nothing of the sort itself, so everything it prints is cleaned here.

/* eslint-disable no-control-regex -- finding control characters is the point */
// ESC followed by a CSI (ESC [ ... final), an OSC (ESC ] ... BEL or ESC \), or a two-character sequence.
const ESCAPE_SEQUENCES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])/g
// C0 controls but tab and newline, DEL, C1 controls (8-bit CSI and OSC among them), and the
// marks and overrides that reorder text.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
// Inside JSON every control character is already escaped but these.
const UNESCAPED_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
/* eslint-enable no-control-regex */

/** The text with escape sequences and control characters removed; newlines and tabs kept. */
export function printable(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(UNPRINTABLE, '')
}

/** JSON for scripts, every control character written as a \u escape: nothing lost, nothing obeyed. */
export function printableJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    UNESCAPED_IN_JSON,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}
