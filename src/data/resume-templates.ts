import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

const schema = ruleEnvelope.extend({
  entries: z.array(z.object({ text: z.string().min(4), kind: z.enum(['placeholder', 'persona']), source: z.string().optional() })),
});

export type TemplateEntry = z.output<typeof schema>['entries'][number];

export function resumeTemplates(): TemplateEntry[] {
  return loadRule('resume-templates', schema).entries;
}
