// Runs the built CLI as a child process, as a user would.

import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function vetCli(args: string[], options: { env?: Record<string, string>; cwd?: string; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/vet.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    // No history store unless a test asks for one: earlier runs must not change a report.
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', VET_HISTORY: 'off', ...options.env },
    input: options.input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const FIXED_NOW_ISO = '2026-11-26T12:00:00Z';

export interface JsonFinding {
  check: string;
  severity: string;
  evidence: string;
}

/** `vet --format json` on `fixtures/dossiers/<fixture>.json` at a fixed date; `mine` keeps the findings of the given categories. */
export function vetFixtureJson(fixture: string, categories: RegExp) {
  const r = vetCli(['--format', 'json', '--now', FIXED_NOW_ISO, `fixtures/dossiers/${fixture}.json`]);
  const report = JSON.parse(r.stdout);
  const mine = (report.findings as JsonFinding[]).filter((f) => categories.test(f.check));
  return { code: r.code, stderr: r.stderr, stdout: r.stdout, risk: report.risk as string, mine, skipped: report.skipped as { check: string; reason: string }[] };
}
