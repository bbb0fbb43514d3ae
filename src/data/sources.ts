import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';
import type { Source } from '../types.js';

const schema = ruleEnvelope.extend({
  entries: z.array(z.object({ id: z.string(), title: z.string(), url: z.url(), date: z.string() })),
});

let byId: Map<string, Source> | undefined;

export function sources(): Map<string, Source> {
  byId ??= new Map(loadRule('sources', schema).entries.map((s) => [s.id, s]));
  return byId;
}

/** The URLs of the given source ids; an unknown id is a bug in a check. */
export function referencesFor(ids: string[], checkId: string): string[] {
  const all = sources();
  return ids.map((id) => {
    const source = all.get(id);
    // Plugins cannot add to rules/sources.json, so they may cite a URL directly.
    if (!source && /^https:\/\//.test(id)) return id;
    if (!source) throw new Error(`check ${checkId}: unknown source id "${id}" (add it to rules/sources.json)`);
    return source.url;
  });
}
