// Near-duplicate photo search without scanning the store: multi-index hashing.
// A 64-bit hash is cut into four 16-bit segments, each indexed. If two hashes differ in at
// most t bits, one of the four segments differs in at most floor(t / 4) bits (pigeonhole),
// so it is enough to look up every segment value within that radius of the query's segments.

export const SEGMENTS = 4;

/** The four 16-bit segments of a 64-bit hash given as 16 hex digits. */
export function segmentsOf(hex: string): number[] {
  return [0, 1, 2, 3].map((i) => parseInt(hex.slice(i * 4, i * 4 + 4), 16));
}

/** Every 16-bit value within `radius` bits of `value` (radius 2: 1 + 16 + 120 values). */
export function withinRadius(value: number, radius: number): number[] {
  const out = [value];
  let frontier = [{ value, lowestBit: 16 }];
  for (let r = 0; r < radius; r++) {
    const next: { value: number; lowestBit: number }[] = [];
    for (const { value: v, lowestBit } of frontier) {
      for (let bit = 0; bit < lowestBit; bit++) {
        const flipped = v ^ (1 << bit);
        out.push(flipped);
        next.push({ value: flipped, lowestBit: bit });
      }
    }
    frontier = next;
  }
  return out;
}
