// Bank details as people and forms write them, in the form that compares and checks.

/** `IBAN: DE89 3704 0044 ...` -> `DE8937040044...`: the label a form puts before it, spaces and dashes dropped, upper case. */
export function ibanOf(raw: string): string {
  return raw.replace(/^\s*iban\b[\s:.#-]*/i, '').replace(/[\s-]/g, '').toUpperCase();
}

/** `Acct # 0012-3456`, `ABA 021000021` -> their digits: US account and routing numbers have nothing else. */
export function digitsOf(raw: string): string {
  return raw.replace(/\D/g, '');
}
