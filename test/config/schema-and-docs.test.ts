import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vetCli, ROOT } from '../helpers/cli.js';

function docs(args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, 'scripts/docs.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('vet schema', () => {
  it('prints the same JSON Schema as schema/dossier.schema.json (run npm run schema after changing the dossier schema)', () => {
    const run = vetCli(['schema']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(path.join(ROOT, 'schema/dossier.schema.json'), 'utf8'));
  });

  it('describes the dossier as a person writes it', () => {
    const schema = JSON.parse(vetCli(['schema']).stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['name']);
    // io: input, so a phone may be written as a number, as the reader accepts.
    expect(schema.properties.phone.anyOf.map((s: { type: string }) => s.type).sort()).toEqual(['number', 'string']);
    expect(schema.properties.interview.properties.liveness.enum).toEqual(['passed', 'failed', 'refused']);
  });
});

describe('the README table of checks', () => {
  it('is up to date (run npm run docs)', () => {
    const run = docs(['--check']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('fails with "run npm run docs" when stale, and regenerating is idempotent', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vet-docs-'));
    const readme = path.join(dir, 'README.md');
    copyFileSync(path.join(ROOT, 'README.md'), readme);
    const fresh = readFileSync(readme, 'utf8');
    writeFileSync(readme, fresh.replace(/\| `interview\.camera-off` \|[^\n]*\n/, ''));
    const stale = docs(['--check', '--readme', readme]);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/the table of checks is stale: run npm run docs\n$/);
    expect(docs(['--readme', readme]).status).toBe(0);
    const once = readFileSync(readme, 'utf8');
    expect(docs(['--readme', readme]).status).toBe(0);
    expect(readFileSync(readme, 'utf8')).toBe(once);
    expect(once).toContain('| `interview.camera-off` | medium |');
    expect(docs(['--check', '--readme', readme]).status).toBe(0);
  });
});
