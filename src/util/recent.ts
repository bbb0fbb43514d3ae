// Values worked out for the candidate being checked, kept so that each is worked out once: several
// checks, the links and the history read the same address, number or resume. Only the last few
// are kept: a cache of a whole sheet's values would outlive the young generation and be promoted,
// then dropped, which grows the old heap of a 100,000-row run.

/**
 * A function that returns `compute()` for a key, or what it returned for that key among the last
 * `limit`. The key comes in two parts (a default country, the text): joined, they would make a new
 * string at every call, whose hash V8 works out again; apart, each string keeps its hash.
 */
export function recentValues<V>(limit = 64): (scope: string, key: string, compute: () => V) => V {
  const scopes = new Map<string, Map<string, V>>();
  let size = 0;
  return (scope, key, compute) => {
    let values = scopes.get(scope);
    if (values) {
      const hit = values.get(key);
      if (hit !== undefined || values.has(key)) return hit as V;
    }
    const value = compute();
    if (size >= limit) {
      scopes.clear();
      size = 0;
      values = undefined;
    }
    if (!values) scopes.set(scope, (values = new Map()));
    values.set(key, value);
    size++;
    return value;
  };
}
