import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

const words = z.array(z.string().regex(/^[a-z0-9 ]+$/, { error: 'expected a normalised word (a-z, 0-9, spaces)' }));

const schema = ruleEnvelope.extend({
  legalForms: words,
  legalPhrases: words,
  titles: words,
  particles: words,
  commonTokens: words,
  givenNameForms: z.record(z.string().regex(/^[a-z]+$/), z.array(z.string().regex(/^[a-z]+$/))),
  givenNameSpellings: z.array(z.array(z.string().regex(/^[a-z]+$/)).min(2)),
});

export interface NameWords {
  legalForms: Set<string>;
  /** Multi-word legal forms as token lists, longest first. */
  legalPhrases: string[][];
  titles: Set<string>;
  particles: Set<string>;
  commonTokens: Set<string>;
  /** Whether two given names are one (`bob`, `robert`; `bob`, `rob`: short forms of one formal name). */
  sameGivenName(a: string, b: string): boolean;
  /** Whether a word is a formal name or a short form the table lists. */
  hasShortForms(word: string): boolean;
}

let cached: NameWords | undefined;

export function nameWords(): NameWords {
  if (cached) return cached;
  const rule = loadRule('name-words', schema);
  const givenNames = givenNameForms(rule.givenNameForms, rule.givenNameSpellings);
  cached = {
    legalForms: new Set(rule.legalForms),
    legalPhrases: rule.legalPhrases.map((p) => p.split(' ')).sort((a, b) => b.length - a.length),
    titles: new Set(rule.titles),
    particles: new Set(rule.particles),
    commonTokens: new Set(rule.commonTokens),
    ...givenNames,
  };
  return cached;
}

/**
 * A formal name and each of its short forms are one name, and so are two short forms of one formal
 * name (`bob`, `rob`); two formal names are not, even when they share a short form (`robert` and
 * `albert` both give `bert`).
 */
function givenNameForms(forms: Record<string, string[]>, spellings: string[][]): Pick<NameWords, 'sameGivenName' | 'hasShortForms'> {
  // `aleksandr` and `alexander`: one name in two romanisations, each word to its group's first.
  const spelledAs = new Map<string, string>();
  for (const group of spellings) for (const word of group) spelledAs.set(word, group[0]);
  const formalsOf = new Map<string, Set<string>>();
  for (const [formal, shorts] of Object.entries(forms)) {
    for (const short of shorts) {
      let formals = formalsOf.get(short);
      if (!formals) formalsOf.set(short, (formals = new Set()));
      formals.add(formal);
    }
  }
  const isFormal = (word: string) => Object.hasOwn(forms, word);
  return {
    sameGivenName(a, b) {
      if (spelledAs.has(a) && spelledAs.get(a) === spelledAs.get(b)) return true;
      const ofA = formalsOf.get(a);
      const ofB = formalsOf.get(b);
      if (ofA?.has(b) || ofB?.has(a)) return true;
      if (!ofA || !ofB || isFormal(a) || isFormal(b)) return false;
      for (const formal of ofA) if (ofB.has(formal)) return true;
      return false;
    },
    hasShortForms: (word) => isFormal(word) || formalsOf.has(word) || spelledAs.has(word),
  };
}
