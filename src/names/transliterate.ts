// Names and places written in another script than Latin (`Олександр Коваленко`, `Ιωάννης`,
// `张伟`), in the Latin letters a passport's machine-readable zone, a bank or the OFAC list would
// write them: the transliteration package's tables cover every script, which no table of ours
// would. It takes about 60 ms to load, so it is loaded only when such a text turns up.

import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

/** A letter of a script other than Latin: Cyrillic, Greek, Han, Arabic, Hangul, ... */
const OTHER_SCRIPT = /(?![\p{Script=Latin}])\p{L}/u;

let transliterate: ((text: string) => string) | undefined;

/** True when the text has letters of a script other than Latin. */
export function hasOtherScript(text: string): boolean {
  return OTHER_SCRIPT.test(text);
}

/** `Олександр Коваленко` -> `Oleksandr Kovalenko`; Latin text as it is. */
export function inLatinLetters(text: string): string {
  if (!hasOtherScript(text)) return text;
  transliterate ??= (requireHere('transliteration') as { transliterate: (text: string) => string }).transliterate;
  return transliterate(text);
}
