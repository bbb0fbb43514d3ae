import type { Check, Problem } from '../../types.js';
import { placeholderPatterns, resumeTemplates } from '../../data/resume-templates.js';
import { resumeTextOf } from '../../resume/text.js';

export const check: Check = {
  id: 'resume.template-text',
  title: 'Resume contains template text',
  description:
    'Operators of fraudulent personas produce resumes in bulk from shared templates; leftover placeholders, or passages of a known persona resume, show the resume was not written by the person it names. Resumes shared between candidates are linked separately, in batch and history runs (correlation).',
  sources: ['fbi-psa-2023-10-18', 'mandiant-2024-09-unc5267'],
  recommendation: 'Ask the candidate to walk through the resume on a call; compare it with the one on their professional profile, and search your own applicant pool for the same text.',
  severity: 'low',
  confidence: 'medium',
  needs: ['resume.text|resume.file'],
  run(ctx) {
    const text = resumeTextOf(ctx);
    if (typeof text !== 'string') return text;
    const flat = flatten(text);
    const found = flatTemplates().filter(({ flat: passage }) => flat.includes(passage)).map(({ entry }) => entry);
    const problems: Problem[] = [];
    const placeholders = [...found.filter((e) => e.kind === 'placeholder').map((e) => e.text), ...patternMatches(flat)];
    if (placeholders.length) {
      problems.push({ path: '$.resume', evidence: `template placeholder${placeholders.length > 1 ? 's' : ''} left in: ${placeholders.map((text) => `"${text}"`).join(', ')}` });
    }
    for (const persona of found.filter((e) => e.kind === 'persona')) {
      problems.push({ path: '$.resume', evidence: `passage of a known persona resume: "${persona.text}"${persona.source ? ` (${persona.source})` : ''}`, severity: 'medium' });
    }
    return problems;
  },
};

let flattened: { entry: ReturnType<typeof resumeTemplates>[number]; flat: string }[] | undefined;

/** The templates are fixed for a run: flattened once, not once per resume. */
function flatTemplates() {
  return (flattened ??= resumeTemplates().map((entry) => ({ entry, flat: flatten(entry.text) })));
}

let patterns: RegExp[] | undefined;

/** What the placeholder patterns match (`[your skill here]`), each text once, not already an entry's. */
function patternMatches(flat: string): string[] {
  const matched = new Set<string>();
  for (const pattern of (patterns ??= placeholderPatterns())) for (const [text] of flat.matchAll(pattern)) matched.add(text);
  for (const { entry } of flatTemplates()) matched.delete(entry.text);
  return [...matched];
}

/**
 * Case and runs of white space do not tell two copies of one template apart. A single space
 * before a non-space is left as it is (the lookahead): replacing every word gap with itself
 * built a new copy of each resume.
 */
function flatten(text: string): string {
  return text.toLowerCase().replace(/(?! \S)\s+/g, ' ');
}
