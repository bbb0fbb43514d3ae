// Random and hostile input must never crash a reader or a check, never hang, and never put
// raw control characters into a terminal report.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/dossier/json.js';
import { validateDossier } from '../../src/dossier/validate.js';
import { builtinChecks } from '../../src/checks/index.js';
import { checkOne } from '../../src/vet.js';
import { grade } from '../../src/grade.js';
import { gradingPolicy } from '../../src/data/grading.js';
import { text } from '../../src/reporters/text.js';
import { clean } from '../../src/util/sanitize.js';
import type { LoadedDossier, RunReport } from '../../src/types.js';

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('\u001b[2J', '\u001b]0;title\u0007', '\u009b31m', '\r', '\u202e', 'ＡＢＣ', '', ' ', '+1 555', '+82 2 1234 5678', '00:00-23:59', 'America/Chicago', 'US', '../../etc/passwd'),
);

/** Blank strings are refused by the schema; most cases should reach the checks. */
const filled = hostileString.map((s) => (s.trim() === '' ? `x${s}` : s));

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Dossier-shaped objects: right keys, values that are often wrong, odd or hostile. */
const dossierLike = fc.record(
  {
    name: hostileString.map((s) => `N${s}`),
    id: maybe(filled),
    email: maybe(filled),
    phone: maybe(fc.oneof(filled, fc.constantFrom('+44 56 1234 5678', '+1 512 555 0147', '+86 138 0013 8000'))),
    aliases: maybe(fc.array(filled, { maxLength: 3 })),
    location: maybe(fc.record({ city: maybe(filled), country: maybe(fc.constantFrom('US', 'GB', 'JP', 'KR', 'CN', 'XX', 'us')), timezone: maybe(filled) })),
    availability: maybe(fc.record({ hours: maybe(fc.constantFrom('09:00-17:00', '22:00-06:00', '24:00-24:00', '9-5')), timezone: maybe(filled) })),
    addresses: maybe(fc.record({ home: maybe(filled), shipping: maybe(filled), shippingChanges: maybe(fc.array(fc.record({ address: filled }), { maxLength: 3 })) })),
    payment: maybe(fc.record({ accountHolder: maybe(filled), bankCountry: maybe(fc.constantFrom('US', 'HK', 'CN')), cryptoAddress: maybe(filled), iban: maybe(filled), routingNumber: maybe(filled) })),
    activity: maybe(fc.record({ commitOffsets: maybe(fc.array(fc.constantFrom('+0900', '-0500', '+0000', '+1400'), { maxLength: 12 })) })),
    network: maybe(fc.record({ ipAddresses: maybe(fc.array(filled, { maxLength: 5 })), logins: maybe(fc.array(fc.record({ vpn: maybe(filled), ip: maybe(filled) }), { maxLength: 4 })) })),
    interview: maybe(fc.record({ cameraOff: maybe(fc.boolean()), liveness: maybe(fc.constantFrom('passed', 'failed', 'refused')), notes: maybe(filled) })),
    references: maybe(fc.array(fc.record({ name: maybe(filled), email: maybe(filled), phone: maybe(filled), company: maybe(filled) }), { maxLength: 3 })),
    profiles: maybe(fc.array(filled, { maxLength: 3 })),
  },
  { requiredKeys: ['name'] },
);

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('hostile input', () => {
  it('parseJson never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (textIn) => {
        const result = parseJson(textIn);
        expect('error' in result || 'value' in result).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('validation never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateDossier(value);
        if (!result.ok) for (const e of result.errors) expect(e).toMatch(/^\$/);
      }),
      { numRuns: 500 },
    );
  });

  // Keys that name an Object.prototype member crashed the unknown-field walk (exit 70, a stack trace).
  it('fields named after Object.prototype members are unknown fields, not a crash', () => {
    const result = validateDossier({ name: 'Ann Lee', constructor: 1, toString: { x: 1 }, location: { hasOwnProperty: 'x', country: 'US' }, aliases: ['A', 'B'] });
    expect(result).toMatchObject({ ok: true, warnings: ['$.constructor: unknown field, kept', '$.toString: unknown field, kept', '$.location.hasOwnProperty: unknown field, kept'] });
  });

  it('no check crashes and the text report has no raw control characters', () => {
    const policy = gradingPolicy();
    let checked = 0;
    fc.assert(
      fc.property(dossierLike, (raw) => {
        const validation = validateDossier(JSON.parse(JSON.stringify(raw)));
        if (!validation.ok) return;
        checked++;
        const loaded: LoadedDossier = { dossier: validation.dossier, origin: { label: 'p.json', file: 'p.json', baseDir: '/nonexistent' }, index: 0, warnings: [] };
        const report = checkOne(loaded, {}, { checks: builtinChecks }, new Date('2026-11-26T12:00:00Z'));
        const crashed = report.skipped.filter((s) => / failed: /.test(s.reason));
        expect(crashed).toEqual([]);
        Object.assign(report, grade(report.findings, policy));
        const run: RunReport = { schemaVersion: 1, vet: { version: 't' }, candidates: [report], rejected: [], order: [{ kind: 'candidate', at: 0 }], correlations: [], data: [] };
        const out = text(run, { color: false, failOn: 'high' }) as string;
        expect(out).not.toMatch(CONTROL);
      }),
      { numRuns: 300 },
    );
    // The property means little if most random dossiers never reach the checks.
    expect(checked).toBeGreaterThan(100);
  });

  it('clean() leaves no escape or control character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(clean(s)).not.toMatch(CONTROL);
      }),
      { numRuns: 1000 },
    );
  });
});
