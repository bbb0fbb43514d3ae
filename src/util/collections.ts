// Small helpers for grouping values in maps, shared by the linker, the history and the reporters.

/** Appends `value` to the list under `key`, making the list on first use. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Up to `count` of `items` that are not `excluded`, in order, without walking past them: a link
 * may hold every row of a sheet, and each member names only the first few others.
 */
export function firstOthers<T>(items: readonly T[], excluded: (item: T) => boolean, count: number): T[] {
  const others: T[] = [];
  for (let i = 0; i < items.length && others.length < count; i++) if (!excluded(items[i])) others.push(items[i]);
  return others;
}
