// Values worked out for the candidate being checked, kept so that each is worked out once: several
// checks, the links and the history read the same address, number or resume. Only the last few
// are kept: a cache of a whole sheet's values would outlive the young generation and be promoted,
// then dropped, which grows the old heap of a 100,000-row run.

/** A function that returns `compute()` for a key, or what it returned for that key among the last `limit`. */
export function recentValues<V>(limit = 64): (key: string, compute: () => V) => V {
  const values = new Map<string, V>();
  return (key, compute) => {
    if (values.has(key)) return values.get(key) as V;
    const value = compute();
    if (values.size >= limit) values.clear();
    values.set(key, value);
    return value;
  };
}
