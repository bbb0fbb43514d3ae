import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

const schema = ruleEnvelope.extend({
  entries: z.array(z.object({ name: z.string(), aliases: z.array(z.string()), year: z.number().int(), source: z.url() })),
});

export interface TechRelease {
  name: string;
  year: number;
  source: string;
}

/** `React.js`, `react js`, `ReactJS` all read as `reactjs`; `C#` stays `c#`. */
export function techKey(name: string): string {
  return name.toLowerCase().replace(/[\s._-]+/g, '');
}

let byKey: Map<string, TechRelease> | undefined;

/** The first public release of a technology named as a candidate wrote it, or undefined. */
export function techRelease(name: string): TechRelease | undefined {
  if (!byKey) {
    byKey = new Map();
    for (const entry of loadRule('tech-release-years', schema).entries) {
      const release = { name: entry.name, year: entry.year, source: entry.source };
      for (const spelling of [entry.name, ...entry.aliases]) byKey.set(techKey(spelling), release);
    }
  }
  return byKey.get(techKey(name));
}

/** Every name and alias the rules give a technology, as written (`React`, `ReactJS`, `React.js`). */
export function techNames(): string[] {
  return loadRule('tech-release-years', schema).entries.flatMap((entry) => [entry.name, ...entry.aliases]);
}
