/** The value at a dotted path (`addresses.shipping`), or undefined. */
export function valueAt(object: unknown, dotted: string): unknown {
  return valueAtKeys(object, dotted.split('.'));
}

/** `valueAt` with the path already split: the engine asks the same paths of every dossier of a sheet. */
export function valueAtKeys(object: unknown, keys: readonly string[]): unknown {
  let value: unknown = object;
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Present means worth checking: not missing, not blank, not an empty list or object. Asked of
 * every check's needs for every row of a sheet, so it builds no trimmed copy and no key list.
 */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return NOT_BLANK.test(value);
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return hasOwnKey(value);
  return true;
}

/** What `trim()` removes is exactly what `\s` matches: a string is blank when nothing else is in it. */
const NOT_BLANK = /\S/;

function hasOwnKey(object: object): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return true;
  return false;
}
