import { describe, expect, it } from 'vitest';
import { vetCli } from '../helpers/cli.js';

const sources = (stdout: string) => (JSON.parse(stdout).candidates as { candidate: { source: string } }[]).map((c) => c.candidate.source);

describe('inputs for CI: globs, folders, several files', () => {
  it('expands a quoted glob itself, recursively, sorted, dossiers only', () => {
    const run = vetCli(['fixtures/ci/onboarding/**/*.json', '--format', 'json', '--fail-on', 'never']);
    expect(run.code).toBe(0);
    expect(sources(run.stdout)).toEqual([
      'fixtures/ci/onboarding/team-a/liveness.json',
      'fixtures/ci/onboarding/team-a/ok.json',
      'fixtures/ci/onboarding/team-b/camera.json',
    ]);
  });

  it('takes folders and files together, in the order given', () => {
    const run = vetCli(['fixtures/ci/onboarding/team-b', 'fixtures/ci/onboarding/team-a/ok.json', '--format', 'json', '--fail-on', 'never']);
    expect(run.code).toBe(0);
    expect(sources(run.stdout)).toEqual(['fixtures/ci/onboarding/team-b/camera.json', 'fixtures/ci/onboarding/team-a/ok.json']);
  });

  it('fails with one line and exit 2 when a glob matches nothing', () => {
    const run = vetCli(['fixtures/ci/nowhere/**/*.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^vet: fixtures\/ci\/nowhere\/\*\*\/\*\.json: no file matches \(looked for \.json, [^)]*\)\n$/);
  });
});

describe('exit codes, as the spec says', () => {
  const glob = 'fixtures/ci/onboarding/**/*.json';
  it.each([
    ['high', 1],
    ['critical', 0],
    ['medium', 1],
    ['never', 0],
  ])('--fail-on %s exits %i (grades: high, medium, low)', (grade, code) => {
    expect(vetCli([glob, '--fail-on', grade, '--format', 'json']).code).toBe(code);
  });

  it('defaults to failing at high', () => {
    expect(vetCli(['fixtures/ci/onboarding/team-b/camera.json']).code).toBe(0);
    expect(vetCli(['fixtures/ci/onboarding/team-a/liveness.json']).code).toBe(1);
  });

  it('exits 2 when an input is invalid, even with a failing candidate beside it', () => {
    const run = vetCli([glob, 'fixtures/ci/invalid/wrong-type.json', '--format', 'json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).candidates).toHaveLength(4);
  });

  it('exits 2 on a wrong command line', () => {
    const run = vetCli([glob, '--fail-on', 'severe']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("argument 'severe' is invalid");
  });
});
