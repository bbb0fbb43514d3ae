// Image generators, editors and AI digital source types (rules/photo-software.json).

import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

export type EditorKind = 'retouch' | 'face' | 'editor';

export interface PhotoSoftwareRules {
  aiDigitalSourceTypes: string[];
  generators: { name: string; match: string[] }[];
  pngTextKeys: { key: string; generator: string }[];
  editors: { name: string; match: string[]; kind: EditorKind }[];
}

// Built on first use: constructing zod schemas costs start-up time on runs that never need them.
let schema: z.ZodType | undefined;
const softwareSchema = () =>
  (schema ??= ruleEnvelope.extend({
    aiDigitalSourceTypes: z.array(z.string().regex(/^[A-Za-z]+$/)).min(1),
    generators: z.array(z.object({ name: z.string(), match: z.array(z.string().min(3)).min(1) })),
    pngTextKeys: z.array(z.object({ key: z.string(), generator: z.string() })),
    editors: z.array(z.object({ name: z.string(), match: z.array(z.string().min(3)).min(1), kind: z.enum(['retouch', 'face', 'editor']) })),
  }));

export function photoSoftware(): PhotoSoftwareRules {
  return loadRule('photo-software', softwareSchema()) as PhotoSoftwareRules;
}
