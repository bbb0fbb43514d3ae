// `="021000021"`: systems that export for Excel wrap a cell in a formula so that Excel keeps its
// leading zeros (or a phone's `+`). CSV readers other than Excel see a quote after the `=` and
// refuse the row. The `=` that opens such a cell becomes a space, which the parser trims before a
// quoted cell (`ltrim`), so the cell reads as its text; no byte moves, so every position the
// reader keeps (where to read again after a broken quote) stays true.

import { Transform } from 'node:stream';

const EQUALS = 0x3d;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

/**
 * In place: each `=` that opens a cell and is followed by a quote becomes a space. `before` is the
 * byte before `bytes[0]` (a line break at the start of a line or of the file).
 */
export function blankFormulaSigns(bytes: Buffer, delimiter: number, before: number): void {
  for (let i = bytes.indexOf(EQUALS); i >= 0 && i < bytes.length - 1; i = bytes.indexOf(EQUALS, i + 1)) {
    const previous = i === 0 ? before : bytes[i - 1];
    if (bytes[i + 1] === QUOTE && (previous === delimiter || previous === LF || previous === CR)) bytes[i] = SPACE;
  }
}

/** The same for bytes that stream, read from the start of a line. */
export function formulaSigns(delimiter: number): Transform {
  let before = LF;
  let held: Buffer | undefined;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let bytes = held ? Buffer.concat([held, chunk]) : chunk;
      held = undefined;
      // A sign that ends the chunk waits for the byte after it.
      if (bytes[bytes.length - 1] === EQUALS) {
        held = bytes.subarray(bytes.length - 1);
        bytes = bytes.subarray(0, bytes.length - 1);
      }
      blankFormulaSigns(bytes, delimiter, before);
      if (bytes.length > 0) before = bytes[bytes.length - 1];
      done(null, bytes);
    },
    flush(done) {
      done(null, held);
    },
  });
}
