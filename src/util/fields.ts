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

/** Present means worth checking: not missing, not blank, not an empty list or object. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}
