// `="021000021"` cells, as systems that export for Excel write them, read as their text.

import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { blankFormulaSigns, formulaSigns } from '../../src/dossier/sheets/formula-text.js';

const COMMA = 0x2c;

function blanked(text: string): string {
  const bytes = Buffer.from(text);
  blankFormulaSigns(bytes, COMMA, 0x0a);
  return bytes.toString();
}

describe('blankFormulaSigns', () => {
  it.each([
    ['="021000021",="+1 512 555 0147"\n', ' "021000021", "+1 512 555 0147"\n'],
    ['Ann,="007"\r\n="x",y', 'Ann, "007"\r\n "x",y'],
  ])('%j: the sign that opens a quoted cell becomes a space', (text, want) => {
    expect(blanked(text)).toBe(want);
  });

  it.each([
    'a=b,c', // inside a cell
    '=SUM(A1),b', // a formula without quotes is text to the reader (and neutralised on output)
    'x,"a=""b"""', // inside a quoted cell
    'x,a="b"', // not at the cell's start
  ])('%j is left as it is', (text) => {
    expect(blanked(text)).toBe(text);
  });
});

describe('formulaSigns', () => {
  it('reads a sign at the end of one chunk with the quote at the start of the next, and keeps every byte', async () => {
    const chunks = ['Name,Phone\nAnn,=', '"+1 512 555 0147"\n=', '=,="x"'].map((c) => Buffer.from(c));
    const out: Buffer[] = [];
    for await (const chunk of Readable.from(chunks).pipe(formulaSigns(COMMA))) out.push(chunk as Buffer);
    const text = Buffer.concat(out).toString();
    expect(text).toBe('Name,Phone\nAnn, "+1 512 555 0147"\n==, "x"');
    expect(text.length).toBe(chunks.reduce((n, c) => n + c.length, 0));
  });
});
