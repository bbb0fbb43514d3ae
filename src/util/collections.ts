// Small helpers for grouping values in maps, shared by the linker, the history and the reporters.

/** Appends `value` to the list under `key`, making the list on first use. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
