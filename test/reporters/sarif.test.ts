import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { vetCli, ROOT } from '../helpers/cli.js';
import { sarif } from '../../src/reporters/sarif.js';
import { candidate, finding, HOSTILE, report } from './report.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));

function validator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // ajv-formats is not a dependency: the formats this schema uses, checked well enough to catch a broken URI.
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/\s/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

describe('--format sarif', () => {
  const run = vetCli(['fixtures/ci/onboarding/**/*.json', 'fixtures/ci/invalid/wrong-type.json', '--format', 'sarif', '--now', '2026-11-26']);
  const log = JSON.parse(run.stdout);

  it('is valid SARIF 2.1.0 (the OASIS schema, with ajv)', () => {
    const validate = validator();
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(run.code).toBe(2); // one input is invalid
    // The validator does reject what is not SARIF: a driver without its name.
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
  });

  it('describes one rule per check, with its description, what to do and a source link', () => {
    const rules = log.runs[0].tool.driver.rules;
    const ids = rules.map((r: { id: string }) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const liveness = rules.find((r: { id: string }) => r.id === 'interview.liveness-failed');
    expect(liveness.shortDescription.text).toMatch(/liveness/i);
    expect(liveness.fullDescription.text.length).toBeGreaterThan(40);
    expect(liveness.help.text).toMatch(/^Do not proceed/);
    expect(liveness.helpUri).toMatch(/^https:\/\//);
    expect(liveness.defaultConfiguration.level).toBe('error');
  });

  it('locates each result at the dossier file and the line of the field', () => {
    const results = log.runs[0].results;
    expect(results.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual(['interview.camera-off', 'interview.liveness-failed']);
    const liveness = results.find((r: { ruleId: string }) => r.ruleId === 'interview.liveness-failed');
    expect(liveness.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'fixtures/ci/onboarding/team-a/liveness.json' }, region: { startLine: 6 } });
    expect(liveness.level).toBe('error');
    expect(log.runs[0].tool.driver.rules[liveness.ruleIndex].id).toBe('interview.liveness-failed');
  });

  it('reports an unreadable input as an error notification at its file', () => {
    const invocation = log.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toHaveLength(1);
    expect(invocation.toolExecutionNotifications[0].message.text).toContain('$.interview.cameraOff: expected boolean');
    expect(invocation.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe('fixtures/ci/invalid/wrong-type.json');
  });

  it('stays valid with hostile strings, odd file names and findings of checks it has no rule for', () => {
    const hostile = candidate({ name: HOSTILE, findings: [finding({ evidence: HOSTILE }), finding({ check: 'correlation.shared-phone', path: '$.phone' })] });
    const origin = { label: 'on boarding/#1 ü.json', file: './on boarding/#1 ü.json', baseDir: '/x', lines: { '$.interview.cameraOff': 3, $: 1 } };
    const out = JSON.parse(sarif(report([hostile], [origin]), { color: false, failOn: 'high' }) as string);
    const validate = validator();
    expect(validate(out)).toBe(true);
    const [first, second] = out.runs[0].results;
    expect(first.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'on%20boarding/%231%20%C3%BC.json' }, region: { startLine: 3 } });
    // $.phone has no line of its own: the nearest mapped parent ($) is used.
    expect(second.locations[0].physicalLocation.region).toEqual({ startLine: 1 });
    expect(out.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('correlation.shared-phone');
  });
});
