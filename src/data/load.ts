// Loads the facts under rules/ (JSON), validated with zod, once per process.
// A broken rule file is a bug in the package or in the user's override: name the file and the path.

import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { jsonPath } from '../util/json-path.js';

/** Every rule file carries where its facts come from and what they get wrong. */
export const ruleEnvelope = z.object({
  id: z.string(),
  description: z.string(),
  sources: z.array(z.string()).min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  falsePositives: z.array(z.string()),
});

let cachedDir: string | undefined;

/** The package's rules/ folder, found upward from this module (src/ in tests, dist/ when built). */
export function rulesDir(): string {
  if (process.env.VET_RULES_DIR) return process.env.VET_RULES_DIR;
  if (cachedDir) return cachedDir;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'rules', 'grading.json'))) return (cachedDir = path.join(dir, 'rules'));
    dir = path.dirname(dir);
  }
  throw new Error('vet: cannot find the rules/ folder of the package');
}

const cache = new Map<string, unknown>();

declare const __VET_BUNDLED__: boolean | undefined;

/**
 * The rule files that ship with a build were validated by the test suite, which runs from src/
 * (test/data/rules.test.ts loads every one): a build trusts its own files and skips the
 * validation (a large share of a cold start). Rules given through VET_RULES_DIR are validated.
 */
function mustValidate(): boolean {
  return typeof __VET_BUNDLED__ === 'undefined' || !__VET_BUNDLED__ || process.env.VET_RULES_DIR !== undefined;
}

/** Reads rules/<name>.json once and validates it against `schema` (which should extend ruleEnvelope). */
export function loadRule<T extends z.ZodType>(name: string, schema: T): z.output<T> {
  if (cache.has(name)) return cache.get(name) as z.output<T>;
  const file = path.join(rulesDir(), `${name}.json`);
  const content: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!mustValidate()) {
    cache.set(name, content);
    return content as z.output<T>;
  }
  const parsed = schema.safeParse(content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`rules/${name}.json: ${jsonPath(issue.path)}: ${issue.message}`);
  }
  cache.set(name, parsed.data);
  return parsed.data;
}
