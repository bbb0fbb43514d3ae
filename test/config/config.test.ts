import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vetCli, ROOT } from '../helpers/cli.js';

/** A temporary project with the CI fixtures under onboarding/ and the given files. */
function project(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vet-config-'));
  cpSync(path.join(ROOT, 'fixtures/ci/onboarding'), path.join(dir, 'onboarding'), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const GLOB = 'onboarding/**/*.json';
const risks = (stdout: string) => (JSON.parse(stdout).candidates as { risk: string }[]).map((c) => c.risk);

describe('finding the configuration', () => {
  it.each([
    ['vet.config.json', { failOn: 'never' }],
    ['.vetrc.json', { failOn: 'never' }],
    ['package.json', { name: 'x', vet: { failOn: 'never' } }],
    ['vet.config.js', 'export default { failOn: "never" };\n'],
  ])('reads %s, searching upward from the working directory', (file, content) => {
    const dir = project({ [file]: content });
    expect(vetCli([GLOB], { cwd: dir }).code).toBe(0);
    expect(vetCli(['../' + GLOB], { cwd: path.join(dir, 'onboarding') }).code).toBe(0);
  });

  it('runs with the defaults when there is none (the liveness failure is high: exit 1)', () => {
    expect(vetCli([GLOB], { cwd: project({}) }).code).toBe(1);
  });

  it('takes --config FILE, and --fail-on wins over its failOn', () => {
    const dir = project({ 'ci/vet.json': { failOn: 'never' } });
    expect(vetCli([GLOB, '--config', 'ci/vet.json'], { cwd: dir }).code).toBe(0);
    expect(vetCli([GLOB, '--config', 'ci/vet.json', '--fail-on', 'high'], { cwd: dir }).code).toBe(1);
  });
});

describe('what the configuration sets', () => {
  it('sets a check to off or to another severity', () => {
    const dir = project({ 'vet.config.json': { checks: { 'interview.liveness-failed': 'off', 'interview.camera-off': 'high' } } });
    const run = vetCli([GLOB, '--format', 'json'], { cwd: dir });
    expect(risks(run.stdout)).toEqual(['low', 'low', 'high']);
    expect(run.stdout).not.toContain('interview.liveness-failed');
    expect(run.code).toBe(1);
  });

  it('merges grading thresholds over the bundled policy', () => {
    const dir = project({ 'vet.config.json': { grading: { thresholds: { medium: 10, high: 15 } } } });
    expect(risks(vetCli([GLOB, '--format', 'json', '--fail-on', 'never'], { cwd: dir }).stdout)).toEqual(['high', 'low', 'high']);
  });

  it('raises correlation.known-bad when a value of a past confirmed case comes back, in another spelling', () => {
    const dossier = { name: 'Pat Doe', phone: '+1 (512) 555-0199', email: 'Pat.Doe+jobs@GMail.com', addresses: { shipping: '1200 Example Road Suite 4, Phoenix, AZ 85001, US' } };
    const knownBad = { phones: ['+15125550199'], emails: ['patdoe@gmail.com'], addresses: ['1200 Example Rd Ste 4, Phoenix AZ 85001, US'], wallets: ['0x0000000000000000000000000000000000000001'] };
    const dir = project({ 'pat.json': dossier, 'vet.config.json': { knownBad } });
    const report = JSON.parse(vetCli(['pat.json', '--format', 'json'], { cwd: dir }).stdout);
    const hits = report.findings.filter((f: { check: string }) => f.check === 'correlation.known-bad');
    expect(hits.map((f: { path: string }) => f.path).sort()).toEqual(['$.addresses.shipping', '$.email', '$.phone']);
    expect(hits.every((f: { severity: string }) => f.severity === 'high')).toBe(true);
    expect(JSON.stringify(hits)).not.toMatch(/555.?0199|pat\.?doe@|1200 Example/i); // masked
  });

  it('skips correlation.known-bad without lists', () => {
    const run = vetCli(['onboarding/team-a/ok.json', '--format', 'json'], { cwd: project({}) });
    expect(JSON.parse(run.stdout).skipped).toContainEqual({ check: 'correlation.known-bad', reason: 'no knownBad lists in the configuration' });
  });
});

describe('a wrong configuration: one line, exit 2', () => {
  it.each([
    [{ checks: { 'phone.voip': 'loud' } }, 'vet: vet.config.json: $.checks["phone.voip"]: expected one of "info" | "low" | "medium" | "high" | "critical" | "off", got "loud"'],
    [{ failOn: 'severe' }, 'vet: vet.config.json: $.failOn: expected one of "low" | "medium" | "high" | "critical" | "never", got "severe"'],
    [{ grading: { treshold: {} } }, 'vet: vet.config.json: $.grading: unknown key "treshold"'],
    [{ grading: { thresholds: { high: 90 } } }, 'vet: vet.config.json: $.grading.thresholds: expected medium < high < critical, got medium 20, high 90, critical 85 (after merging over the bundled policy)'],
    [{ knownBad: { photoHashes: ['abc'] } }, 'vet: vet.config.json: $.knownBad.photoHashes[0]: expected a 64-bit perceptual hash as 16 hex digits, got "abc"'],
    [[1, 2], 'vet: vet.config.json: $: expected a configuration object, got an array'],
  ])('%j', (config, message) => {
    const run = vetCli([GLOB], { cwd: project({ 'vet.config.json': config }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${message}\n`);
    expect(run.stdout).toBe('');
  });

  it('names the known checks when an id is unknown', () => {
    const run = vetCli([GLOB], { cwd: project({ 'vet.config.json': { checks: { 'phone.voipp': 'off' } } }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^vet: vet\.config\.json: \$\.checks\["phone\.voipp"\]: unknown check "phone\.voipp"; known checks: .*\binterview\.camera-off, interview\.liveness-failed\b.*\n$/);
  });

  it('says where JSON is broken, and when --config names no file', () => {
    const broken = vetCli([GLOB], { cwd: project({ '.vetrc.json': '{"failOn": }' }) });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^vet: \.vetrc\.json: invalid JSON: .+\n$/);
    const missing = vetCli([GLOB, '--config', 'nope.json'], { cwd: project({}) });
    expect(missing.stderr).toBe('vet: nope.json: no such file\n');
    expect(missing.code).toBe(2);
  });
});
