// Bank details as people and forms write them, in the form that compares and checks.

/** `IBAN: DE89 3704 0044 ...` -> `DE8937040044...`: the label a form puts before it, spaces and dashes dropped, upper case. */
export function ibanOf(raw: string): string {
  return raw.replace(/^\s*iban\b[\s:.#-]*/i, '').replace(/[\s-]/g, '').toUpperCase();
}

/** `Acct # 0012-3456`, `ABA 021000021` -> their digits: US account and routing numbers have nothing else. */
export function digitsOf(raw: string): string {
  return raw.replace(/\D/g, '');
}

/**
 * `USDT (TRC20): TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL` -> the address: a wallet written after its
 * asset or network is its last word, when that word is long enough to be one (25 characters or
 * more, letters and digits). Anything else is returned trimmed, as written.
 */
export function walletOf(raw: string): string {
  const trimmed = raw.trim();
  const last = trimmed.split(/[\s:=]+/).at(-1) ?? '';
  return last !== trimmed && /^[A-Za-z0-9]{25,}$/.test(last) ? last : trimmed;
}
