import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

const schema = ruleEnvelope.extend({
  entries: z.array(z.object({ text: z.string().min(4), kind: z.enum(['placeholder', 'persona']), source: z.string().optional() })),
  /** Placeholders of any wording (`[Your Skill Here]`): case-insensitive regular expressions. */
  patterns: z
    .array(
      z.object({
        pattern: z.string().refine(isRegExp, { error: 'expected a regular expression' }),
        kind: z.literal('placeholder'),
        note: z.string().optional(),
      }),
    )
    .default([]),
});

export type TemplateEntry = z.output<typeof schema>['entries'][number];

export function resumeTemplates(): TemplateEntry[] {
  return loadRule('resume-templates', schema).entries;
}

/** The placeholder patterns, compiled (case-insensitive, every match). */
export function placeholderPatterns(): RegExp[] {
  return loadRule('resume-templates', schema).patterns.map(({ pattern }) => new RegExp(pattern, 'gi'));
}

function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
