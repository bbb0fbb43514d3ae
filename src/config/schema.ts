// What a vet configuration file may say. Objects are strict: a misspelt key is an error,
// not a setting silently ignored.

import { z } from 'zod';
import { RISKS, SEVERITIES } from '../types.js';

/**
 * Built on first use: a run without a configuration file never needs it, and constructing
 * zod schemas is a measurable share of a cold start.
 */
export const configSchema = (): ReturnType<typeof buildConfigSchema> => (built ??= buildConfigSchema());

let built: ReturnType<typeof buildConfigSchema> | undefined;

function buildConfigSchema() {
  const nonEmpty = z.string().trim().min(1, { error: 'expected a non-empty string' });
  const list = z.array(nonEmpty);
  const score = z.number().min(0, { error: 'expected a score from 0 to 100' }).max(100, { error: 'expected a score from 0 to 100' });

  /** Past confirmed cases: any candidate sharing one of these values gets a finding. */
  const knownBadSchema = z.strictObject({
    addresses: list.optional(),
    phones: list.optional(),
    emails: list.optional(),
    wallets: list.optional(),
    accounts: list.optional(),
    photoHashes: z
      .array(z.string().trim().regex(/^[0-9a-fA-F]{16}$/, { error: 'expected a 64-bit perceptual hash as 16 hex digits' }))
      .optional(),
  });

  const bySeverity = z.strictObject(Object.fromEntries(SEVERITIES.map((s) => [s, score.optional()])) as Record<(typeof SEVERITIES)[number], z.ZodOptional<typeof score>>);

  const gradingOverrideSchema = z.strictObject({
    thresholds: z.strictObject({ medium: score.optional(), high: score.optional(), critical: score.optional() }).optional(),
    points: bySeverity.optional(),
    sameCategoryFactor: z.number().min(0).max(1).optional(),
    criticalFindingIsCritical: z.boolean().optional(),
  });

  const count = z.number().int().min(0);
  const provider = (credentials: string[]) =>
    z.strictObject({ baseUrl: z.url().optional(), ...Object.fromEntries(credentials.map((c) => [c, nonEmpty.optional()])) }).optional();

  /** `--online` settings; environment variables win over them (a CI job keeps its secrets there). */
  const onlineSchema = z.strictObject({
    providers: z.array(z.enum(['twilio', 'numverify', 'ipinfo', 'github'])).optional(),
    timeoutMs: count.optional(),
    retries: count.optional(),
    maxRetryAfterMs: count.optional(),
    backoffMs: count.optional(),
    cache: z.literal(false).optional(),
    cacheTtlHours: count.optional(),
    githubCommits: count.optional(),
    twilio: provider(['accountSid', 'authToken']),
    numverify: provider(['key']),
    ipinfo: provider(['token']),
    github: provider(['token']),
  });

  return z.strictObject({
    /** Editors' JSON Schema hint; ignored. */
    $schema: z.string().optional(),
    /** Per check id: a severity that replaces the check's own, or `off`. */
    checks: z.record(z.string(), z.enum([...SEVERITIES, 'off'])).optional(),
    /** The failing grade (`--fail-on` wins over it). */
    failOn: z.enum([...RISKS, 'never']).optional(),
    grading: gradingOverrideSchema.optional(),
    /** Plugin modules, relative to the configuration file. */
    plugins: list.optional(),
    /** Addresses where several hires shipping is normal: the company's own offices. */
    allowAddresses: list.optional(),
    /** Emails and phone numbers of the company or agency itself, which its sheets write in candidates' rows. */
    allowContacts: list.optional(),
    knownBad: knownBadSchema.optional(),
    online: onlineSchema.optional(),
    /** The history store: a SQLite file or postgres:// URL and its key file (relative to this file), or false for none. */
    history: z.union([z.literal(false), z.strictObject({ store: nonEmpty.optional(), key: nonEmpty.optional() })]).optional(),
  });
}

export type VetConfig = z.output<ReturnType<typeof buildConfigSchema>>;
export type KnownBad = NonNullable<VetConfig['knownBad']>;
export type GradingOverride = NonNullable<VetConfig['grading']>;
