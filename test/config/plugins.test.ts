import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vetCli, ROOT } from '../helpers/cli.js';

const EXAMPLE = path.join(ROOT, 'fixtures/plugins/acme-agencies.js');
const AGENCY = path.join(ROOT, 'fixtures/config/agency.json');

/** A temp folder holding the given plugin source as plugin.js. */
function pluginDir(source: string, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vet-plugin-'));
  writeFileSync(path.join(dir, 'plugin.js'), source);
  for (const [name, content] of Object.entries(extra)) writeFileSync(path.join(dir, name), content);
  return dir;
}

const check = (fields: string) =>
  `{ id: 'source.x', title: 'T', description: 'D', sources: ['fbi-psa-2023-10-18'], recommendation: 'R', severity: 'medium', confidence: 'low', needs: [], run: () => [], ${fields} }`;

describe('plugins', () => {
  it('runs the example plugin from --plugin, with its ids prefixed by its name', () => {
    const run = vetCli([AGENCY, '--plugin', './fixtures/plugins/acme-agencies.js', '--format', 'json']);
    expect(run.code).toBe(0);
    const findings = JSON.parse(run.stdout).findings;
    expect(findings).toEqual([
      expect.objectContaining({
        check: 'acme/source.unapproved-agency',
        severity: 'medium',
        path: '$.source',
        evidence: 'agency "quickhire global" is not on ACME\'s approved list',
        references: ['https://www.ic3.gov/PSA/2023/PSA231018', 'https://intranet.example.com/policies/contractor-agencies'],
      }),
    ]);
  });

  it('loads plugins named in the config, relative to it, and lets the config set their severity', () => {
    const dir = pluginDir('', { 'vet.config.json': JSON.stringify({ plugins: [EXAMPLE], checks: { 'acme/source.unapproved-agency': 'high' } }) });
    const run = vetCli([AGENCY, '--format', 'json'], { cwd: dir });
    expect(JSON.parse(run.stdout).findings.map((f: { check: string; severity: string }) => `${f.check} ${f.severity}`)).toEqual(['acme/source.unapproved-agency high']);
    expect(run.code).toBe(1);
  });

  it('vet checks and vet explain know the checks of --plugin (before or after the command) and of the configuration', () => {
    const id = 'acme/source.unapproved-agency';
    expect(vetCli(['checks']).stdout).not.toContain(id);
    expect(vetCli(['checks', '--plugin', EXAMPLE]).stdout).toContain(id);
    expect(vetCli(['--plugin', EXAMPLE, 'checks']).stdout).toContain(id);
    const explained = vetCli(['explain', id, '--plugin', EXAMPLE]);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toMatch(/staffing and outsourcing firms/);
    const dir = pluginDir('', { 'vet.config.json': JSON.stringify({ plugins: [EXAMPLE] }) });
    expect(vetCli(['checks'], { cwd: dir }).stdout).toContain(id);
    expect(vetCli(['explain', id]).code).toBe(2);
  });

  it('reports a plugin check that throws by its id, and the run goes on', () => {
    const dir = pluginDir(`export default { name: 'boom', checks: [${check("run() { throw new Error('kaput'); }")}] };`);
    const run = vetCli([AGENCY, '--plugin', path.join(dir, 'plugin.js'), '--plugin', EXAMPLE, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.skipped).toContainEqual({ check: 'boom/source.x', reason: 'check boom/source.x failed: kaput' });
    expect(report.findings.map((f: { check: string }) => f.check)).toEqual(['acme/source.unapproved-agency']);
    expect(run.stderr).toContain('vet: warning: fixtures/config/agency.json: check boom/source.x failed: kaput'.replace('fixtures/config/agency.json', AGENCY));
  });

  it.each([
    [`export default { name: 'acme', checks: [${check('id: 42')}] };`, 'checks[0].id: expected string, got 42'],
    [`export default { name: 'acme', checks: [${check("id: 'NoDot'")}] };`, 'checks[0].id: expected an id like "category.name" (lower case, digits, dashes), got "NoDot"'],
    [`export default { name: 'acme', checks: [${check("severity: 'severe'")}] };`, 'checks[0].severity: expected one of "info" | "low" | "medium" | "high" | "critical", got "severe"'],
    [`export default { name: 'acme', checks: [${check('run: 1')}] };`, 'checks[0].run: expected a function run(ctx) returning problems, got 1'],
    [`export default { name: 'acme', checks: [${check("sources: ['made-up']")}] };`, 'checks[0].sources[0]: expected an https URL or a source id of rules/sources.json, got "made-up"'],
    [`export default { name: 'Acme Corp', checks: [${check('')}] };`, 'name: expected a plugin name of lower-case letters, digits and dashes, got "Acme Corp"'],
    [`export default { name: 'acme', checks: [${check('')}, ${check('')}] };`, 'checks[1].id: "source.x" appears twice'],
    [`export default { name: 'acme', checks: [] };`, 'checks: expected at least one check'],
    ['export default { name: ', 'cannot load (syntax error: '],
  ])('validates on load: %s', (source, message) => {
    const dir = pluginDir(source);
    const run = vetCli([AGENCY, '--plugin', './plugin.js'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`vet: plugin ./plugin.js: ${message}`);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says so when a plugin file is missing, or two plugins share a name', () => {
    const missing = vetCli([AGENCY, '--plugin', './nope.js']);
    expect(missing.stderr).toMatch(/^vet: plugin \.\/nope\.js: no such file \(looked in .+\)\n$/);
    expect(missing.code).toBe(2);
    const twice = vetCli([AGENCY, '--plugin', EXAMPLE, '--plugin', './fixtures/plugins/acme-agencies.js']);
    expect(twice.stderr).toBe(`vet: plugin ./fixtures/plugins/acme-agencies.js: name "acme" is already used by plugin ${EXAMPLE}\n`);
  });
});
