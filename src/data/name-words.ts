import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

const words = z.array(z.string().regex(/^[a-z0-9 ]+$/, { error: 'expected a normalised word (a-z, 0-9, spaces)' }));

const schema = ruleEnvelope.extend({
  legalForms: words,
  legalPhrases: words,
  titles: words,
  particles: words,
  commonTokens: words,
});

export interface NameWords {
  legalForms: Set<string>;
  /** Multi-word legal forms as token lists, longest first. */
  legalPhrases: string[][];
  titles: Set<string>;
  particles: Set<string>;
  commonTokens: Set<string>;
}

let cached: NameWords | undefined;

export function nameWords(): NameWords {
  if (cached) return cached;
  const rule = loadRule('name-words', schema);
  cached = {
    legalForms: new Set(rule.legalForms),
    legalPhrases: rule.legalPhrases.map((p) => p.split(' ')).sort((a, b) => b.length - a.length),
    titles: new Set(rule.titles),
    particles: new Set(rule.particles),
    commonTokens: new Set(rule.commonTokens),
  };
  return cached;
}
