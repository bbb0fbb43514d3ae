// mayBeSimilar lets screening skip list tokens without scoring them: it must never skip a token
// that tokenSimilarity would pair, or screening would miss a name. Checked against every token of
// the bundled OFAC list that screening would compare with listed tokens, their misspellings and
// transliteration variants, and common names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mayBeSimilar, skeleton, tokenSimilarity } from '../../src/names/index.js';

const index = JSON.parse(readFileSync(new URL('../../rules/ofac-sdn.json', import.meta.url), 'utf8')) as { tokens: Record<string, string> };
const listTokens = [...new Set(Object.values(index.tokens).flatMap((bucket) => bucket.split(' ')))].filter((t) => /^[a-z]{4,}$/.test(t));

/** Screening compares a query token with list tokens of its initial (or one that sounds alike) and within two letters. */
const byInitial = new Map<string, string[]>();
for (const token of listTokens) byInitial.set(token[0], [...(byInitial.get(token[0]) ?? []), token]);

const SWAPS: [string, string][] = [['kh', 'h'], ['h', 'kh'], ['w', 'v'], ['v', 'w'], ['y', 'i'], ['i', 'y'], ['ph', 'f'], ['f', 'ph'], ['u', 'oo'], ['u', 'ou'], ['i', 'ee'], ['z', 'ts'], ['z', 'tz'], ['j', 'zh'], ['k', 'q'], ['k', 'ck'], ['sh', 'sch'], ['s', 'ss'], ['l', 'll'], ['ks', 'x'], ['x', 'ks']];

/** Misspellings and transliterations of `token`: one letter dropped, changed, doubled or swapped with the next, one spelling rule. */
function variants(token: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < token.length; i++) {
    out.push(token.slice(0, i) + token.slice(i + 1));
    out.push(token.slice(0, i) + token[i] + token.slice(i));
    out.push(token.slice(0, i) + 'aeiou'[i % 5] + token.slice(i + 1));
    if (i + 1 < token.length) out.push(token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2));
  }
  for (const [from, to] of SWAPS) if (token.includes(from)) out.push(token.replace(from, to));
  return out.filter((v) => v.length >= 4);
}

const COMMON = ['maria', 'gonzalez', 'mohammed', 'muhammad', 'alexander', 'oleksandr', 'aleksandr', 'maxim', 'maksim', 'alexei', 'ksenia', 'xenia', 'zhang', 'chen', 'nguyen', 'kowalski', 'yusuf', 'iusuf', 'kasr', 'qasr', 'smith', 'jennifer', 'michael', 'sergei', 'sergey', 'hyong', 'myong', 'pyong', 'schultz', 'scholz'];

function queries(): string[] {
  const sample = listTokens.filter((_, i) => i % 40 === 0);
  return [...new Set([...COMMON, ...sample, ...sample.filter((_, i) => i % 4 === 0).flatMap(variants)])];
}

describe('mayBeSimilar', () => {
  it('never rules out a list token that tokenSimilarity pairs, and rules out most of the others', () => {
    let compared = 0;
    let paired = 0;
    let skipped = 0;
    const missed: string[] = [];
    for (const query of queries()) {
      const mayPair = mayBeSimilar(query);
      for (const candidate of byInitial.get(query[0]) ?? []) {
        if (Math.abs(candidate.length - query.length) > 2) continue;
        compared++;
        const pairs = tokenSimilarity(query, candidate, 'fuzzy') > 0;
        const kept = mayPair(candidate);
        if (pairs) paired++;
        if (!kept) skipped++;
        if (pairs && !kept) missed.push(`${query}/${candidate}`);
      }
    }
    expect(missed).toEqual([]);
    expect(paired).toBeGreaterThan(1000);
    expect(skipped / compared).toBeGreaterThan(0.6);
  });

  it('holds for any pair, whatever the initials and lengths (names compare every token with every token)', () => {
    const others = [...listTokens.filter((_, i) => i % 25 === 0), 'kim', 'li', 'j', 'ab12', 'muller', 'müller', 'mohammad'];
    const missed: string[] = [];
    let paired = 0;
    for (const query of queries().filter((_, i) => i % 8 === 0)) {
      const mayPair = mayBeSimilar(query);
      for (const candidate of others) {
        if (tokenSimilarity(query, candidate, 'fuzzy') === 0) continue;
        paired++;
        if (!mayPair(candidate)) missed.push(`${query}/${candidate}`);
      }
    }
    expect(missed).toEqual([]);
    expect(paired).toBeGreaterThan(50);
  });

  it('keeps every pair it cannot bound: short tokens, initials, digits, letters outside a-z', () => {
    for (const [a, b] of [['kim', 'kin'], ['j', 'john'], ['ab12', 'ab13'], ['müller', 'muller'], ['john', 'kim']]) {
      expect(mayBeSimilar(a)(b)).toBe(true);
    }
  });
});

/** The skeleton rules as regular expressions, as they were written before they became plain substrings. */
const REGEX_RULES: [RegExp, string][] = [
  [/x/g, 'ks'], [/sch/g, 'sh'], [/ph/g, 'f'], [/kh/g, 'h'], [/zh/g, 'j'], [/ck/g, 'k'], [/q/g, 'k'], [/w/g, 'v'],
  [/tz/g, 'z'], [/ts/g, 'z'], [/ou/g, 'u'], [/oo/g, 'u'], [/ee/g, 'i'], [/y/g, 'i'], [/(.)\1+/g, '$1'],
];

describe('skeleton', () => {
  it('is what the regular-expression rules give, for every list token and its variants', () => {
    const tokens = [...listTokens, ...queries(), 'schtsschh', 'aaa\n\nb', 'wwyyqq', 'ooou', 'eee'];
    const differing = tokens.filter((t) => skeleton(t) !== REGEX_RULES.reduce((s, [pattern, to]) => s.replace(pattern, to), t));
    expect(differing).toEqual([]);
  });
});
