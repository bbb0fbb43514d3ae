// A candidate writes the dossier, a recruiter reads the report in a terminal:
// nothing from a dossier may move the cursor, recolour, retitle or hide lines.

// CSI / OSC / DCS / single-character escapes, then any C0/C1 control left over.
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[@-Z\\-_])|\u009b[0-?]*[ -/]*[@-~]/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Every character the replacements below act on: escapes start with ESC or CSI, and line breaks and tabs are C0 controls. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** One line of text, safe for a terminal: escapes removed, controls shown as U+FFFD, newlines as spaces. */
export function clean(text: string): string {
  // Most text has none of them: one test instead of three replacements (a sheet's table cleans every cell).
  if (!UNSAFE.test(text)) return text;
  return text.replace(ESCAPES, '').replace(/[\r\n\t]+/g, ' ').replace(CONTROLS, '\ufffd');
}

/** Like `clean`, but keeps line breaks (for multi-line notes). */
export function cleanBlock(text: string): string {
  return text
    .replace(ESCAPES, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\t/g, ' ').replace(CONTROLS, '\ufffd'))
    .join('\n');
}
