// Phone numbers parsed with libphonenumber-js and its full metadata, which knows number types
// (mobile, fixed line, VoIP) where a national numbering plan assigns ranges to them.

import { parsePhoneNumberFromString, type CountryCode, type NumberType } from 'libphonenumber-js/max';
import { recentValues } from './recent.js';

export interface ParsedPhone {
  /** `+15125550147`: the number, without any extension. */
  e164: string;
  /** `12` of `+1 512 555 0100 ext. 12`: one switchboard, many people. */
  ext?: string;
  /** ISO alpha-2 of the numbering plan, when the number belongs to one country. */
  country?: string;
  /**
   * `MOBILE`, `FIXED_LINE`, `VOIP`, `PERSONAL_NUMBER`, ... or undefined when unknown. Never set for
   * NANP (+1) numbers: that plan does not tell mobile, fixed and VoIP ranges apart, so no check may
   * read a type there (phone.voip skips them), and working it out was most of a sheet's phone parsing.
   */
  type?: NumberType;
  /** Possible length and a range the numbering plan assigns. */
  valid: boolean;
}

/**
 * E.164 (`+44 56 ...`) or national form with the candidate's country as default.
 * Undefined when the text is not a phone number at all.
 */
export function parsePhone(raw: string, defaultCountry?: string): ParsedPhone | undefined {
  const text = raw.trim();
  const fallback = defaultCountry?.toUpperCase() as CountryCode | undefined;
  // One number is read by several checks, the links and the history: parse it once.
  return parsed(fallback ?? '', text, () => parseOnce(text, fallback));
}

const parsed = recentValues<ParsedPhone | undefined>();

function parseOnce(text: string, fallback: CountryCode | undefined): ParsedPhone | undefined {
  if (!/\d/.test(text)) return undefined;
  let number;
  try {
    number = parsePhoneNumberFromString(withPlus(text, fallback), fallback ? { defaultCountry: fallback } : undefined);
  } catch {
    return undefined;
  }
  if (!number) return undefined;
  const valid = number.isValid();
  const type = valid && number.countryCallingCode !== '1' ? number.getType() : undefined;
  return {
    e164: number.number,
    ...(number.ext !== undefined && { ext: number.ext }),
    ...(number.country !== undefined && { country: number.country }),
    ...(type !== undefined && { type }),
    valid,
  };
}

/**
 * `00 44 ...` is the international prefix most of the world dials: read it as `+44 ...`. And a
 * spreadsheet keeps `+1 512 555 0147` typed in a cell as the number 15125550147: bare digits, too
 * long for a national number (11 to 15), with no country to read them in, are read as E.164.
 */
function withPlus(text: string, fallback: CountryCode | undefined): string {
  if (!fallback && /^[1-9]\d{10,14}$/.test(text)) return `+${text}`;
  return text.replace(/^00(?=[1-9])/, '+');
}

/** NANP (+1) numbers share one plan in which mobile and fixed ranges are not told apart. */
export function isNanp(phone: ParsedPhone): boolean {
  return phone.e164.startsWith('+1');
}

/**
 * `+1 512 555 0147 / +1 512 555 0199`, `...; ...`, `... or ...`: a cell that gives several numbers,
 * each on its own (read whole, they made one number of twenty digits). A text whose pieces are not
 * all numbers (`030/1234567`, a Berlin number) is one number, as written.
 */
export function phonesIn(raw: string): string[] {
  const pieces = raw.split(/\s*(?:[;/|]|,(?=\s*\+)|\bor\b|\band\b)\s*/i).filter((piece) => piece.trim() !== '');
  return pieces.length > 1 && pieces.every((piece) => (piece.match(/\d/g)?.length ?? 0) >= 7) ? pieces : [raw];
}
