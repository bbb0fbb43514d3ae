// clean(): what a dossier may not do to a terminal, and the text it must leave alone.

import { describe, expect, it } from 'vitest';
import { clean } from '../../src/util/sanitize.js';

describe('clean', () => {
  it.each([
    ['a colour escape', 'Ann \u001b[31mLee', 'Ann Lee'],
    ['a title escape (OSC)', 'Ann\u001b]0;pwned\u0007 Lee', 'Ann Lee'],
    ['an 8-bit CSI', 'Ann \u009b2J Lee', 'Ann  Lee'],
    ['line breaks and tabs', 'Ann\r\n\tLee', 'Ann Lee'],
    ['a bell', 'Ann\u0007Lee', 'Ann\ufffdLee'],
    ['DEL', 'Ann\u007fLee', 'Ann\ufffdLee'],
    ['a right-to-left override', 'Ann \u202eeeL', 'Ann \ufffdeeL'],
    ['an isolate', 'Ann \u2067Lee', 'Ann \ufffdLee'],
    ['a left-to-right mark', 'Ann\u200eLee', 'Ann\ufffdLee'],
  ])('removes or shows %s', (_name, text, cleaned) => {
    expect(clean(text)).toBe(cleaned);
  });

  it.each([['plain ASCII', 'Ann Lee, row 12'], ['accents and other scripts', 'José Müller 东京 محمد'], ['an emoji', 'Ann 😀'], ['a no-break space', 'Ann\u00a0Lee'], ['a zero-width joiner', 'a\u200db']])('leaves %s as it is', (_name, text) => {
    expect(clean(text)).toBe(text);
  });
});
