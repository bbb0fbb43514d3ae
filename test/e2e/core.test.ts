// The core tool as a user meets it: the built CLI, real files, exit codes.

import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vetCli } from '../helpers/cli.js';

const ESC = '\u001b';

describe('vet FILE: reading dossiers', () => {
  it('grades a clean dossier low and exits 0', () => {
    const r = vetCli(['fixtures/dossiers/clean.json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Maria Gonzalez (REQ-1042-01)');
    expect(r.stdout).toMatch(/LOW\s+low, score \d+/);
  });

  it('names file, line and column of a JSON syntax error, exit 2, no stack trace', () => {
    const r = vetCli(['fixtures/invalid/syntax-error.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('vet: fixtures/invalid/syntax-error.json:4:1: unexpected "}" (property name expected)\n');
  });

  it('names the JSON path, what was expected and what was found', () => {
    const r = vetCli(['fixtures/invalid/wrong-type.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('vet: fixtures/invalid/wrong-type.json: $.location.country: expected ISO 3166 alpha-2 code, got 42\n');
  });

  it.each([
    [['fixtures/invalid/empty.json'], 'vet: fixtures/invalid/empty.json: empty file (expected a JSON dossier)\n'],
    [['fixtures/nope.json'], 'vet: fixtures/nope.json: no such file or folder\n'],
    [['fixtures/photos-none'], 'vet: fixtures/photos-none: no such file or folder\n'],
    [[], 'vet: no input: give a dossier file, a folder of dossiers or a sheet (see vet --help)\n'],
  ])('one clear line for %j', (args, message) => {
    const r = vetCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(message);
  });

  it('reads an ID and an account written in another script in Latin letters (the transliteration package, loaded by the built program)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vet-script-'));
    const same = path.join(dir, 'same.json');
    const other = path.join(dir, 'other.json');
    writeFileSync(same, JSON.stringify({ name: 'Oleksandr Kovalenko', idDocument: { nameOnDocument: 'Олександр Коваленко' }, payment: { accountHolder: 'КОВАЛЕНКО Олександр' } }));
    writeFileSync(other, JSON.stringify({ name: 'Oleksandr Kovalenko', idDocument: { nameOnDocument: 'Петро Коваленко' } }));
    const checksOf = (file: string) => (JSON.parse(vetCli(['--format', 'json', file]).stdout).findings as { check: string }[]).map((f) => f.check);
    expect(checksOf(same)).toEqual([]);
    expect(checksOf(other)).toEqual(['identity.name-mismatch']);
  });

  describe('many dossiers in one file: a JSON array, or JSON Lines', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vet-many-'));
    const farm = (name: string) => ({ name, phone: '+1 512 555 0147' });

    it('a JSON array: each element a dossier (file.json[i]), a bad one reported on its own, the others linked', () => {
      const file = path.join(dir, 'export.json');
      writeFileSync(file, JSON.stringify([farm('Ann Lee'), { name: 5 }, farm('Bo Diaz')], null, 2));
      const r = vetCli(['--format', 'json', '--fail-on', 'never', file]);
      expect(r.code).toBe(2);
      const run = JSON.parse(r.stdout) as { candidates: { candidate: { source: string }; error?: string }[]; correlations: { candidates: { source: string }[] }[] };
      expect(run.candidates.map((c) => [c.candidate.source, c.error !== undefined])).toEqual([[`${file}[0]`, false], [`${file}[1]`, true], [`${file}[2]`, false]]);
      expect(run.correlations[0].candidates.map((c) => c.source)).toEqual([`${file}[0]`, `${file}[2]`]);
      expect(run.candidates[1].error).toBe(`${file}[1]: $.name: expected string, got 5`);
    });

    it('JSON Lines: a dossier per line (file.jsonl:N), blank lines skipped, a broken line named with its column', () => {
      const file = path.join(dir, 'export.jsonl');
      writeFileSync(file, `${JSON.stringify(farm('Ann Lee'))}\n\n${JSON.stringify(farm('Bo Diaz'))}\n{bad\n`);
      const r = vetCli(['--format', 'json', '--fail-on', 'never', file]);
      expect(r.code).toBe(2);
      const run = JSON.parse(r.stdout) as { candidates: { candidate: { source: string }; error?: string }[]; correlations: unknown[] };
      expect(run.candidates.map((c) => [c.candidate.source, c.error !== undefined])).toEqual([[`${file}:1`, false], [`${file}:3`, false], [`${file}:4`, true]]);
      expect(run.correlations).toHaveLength(1);
      expect(run.candidates[2].error).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:2: unexpected`));
    });

    it.each([
      ['none.json', '[]', 'empty array (expected dossiers)'],
      ['none.jsonl', '', 'empty file (expected a JSON dossier on each line)'],
      ['blank.jsonl', '\n\n', 'empty file (expected a JSON dossier on each line)'],
    ])('%s holding %j is a clear error', (name, text, message) => {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      const r = vetCli([file]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`vet: ${file}: ${message}\n`);
    });
  });

  it('says so when a folder has no dossiers', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vet-empty-'));
    const r = vetCli([dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`vet: ${dir}: folder has no *.json dossiers\n`);
  });

  it('treats a folder named like a dossier as a folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vet-dir-'));
    mkdirSync(path.join(dir, 'x.json'));
    const r = vetCli([path.join(dir, 'x.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`vet: ${path.join(dir, 'x.json')}: folder has no *.json dossiers\n`);
  });

  it('warns on unknown fields on stderr and still vets', () => {
    const r = vetCli(['fixtures/dossiers/unknown-field.json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('vet: warning: fixtures/dossiers/unknown-field.json: $.favouriteColour: unknown field, kept\n');
    expect(r.stdout).toContain('Priya Raman');
  });

  it('refuses paths that leave the dossier folder unless --allow-outside', () => {
    const refused = vetCli(['fixtures/invalid/outside-path.json']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`$.photos[0]: "../../README.md" leaves the dossier's folder`);
    const allowed = vetCli(['--allow-outside', '--fail-on', 'never', 'fixtures/invalid/outside-path.json']);
    expect(allowed.stderr).not.toContain('leaves the dossier');
    expect(allowed.code).toBe(0);
  });
});

describe('vet: terminal safety', () => {
  it('strips escape sequences and control characters from dossier strings', () => {
    const r = vetCli(['--fail-on', 'never', 'fixtures/hostile/escape-sequences.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).not.toContain('\u0007');
    expect(r.stdout).not.toContain('\u009b');
    expect(r.stdout).not.toContain('\r');
    expect(r.stdout).toContain('EvilName');
  });

  it('colours only when asked: NO_COLOR off, FORCE_COLOR on', () => {
    expect(vetCli(['fixtures/dossiers/clean.json']).stdout).not.toContain(ESC);
    expect(vetCli(['fixtures/dossiers/clean.json'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toContain(`${ESC}[`);
    expect(vetCli(['--no-color', 'fixtures/dossiers/clean.json'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });
});

describe('vet: formats, output and exit codes', () => {
  it('prints the spec report form with --format json', () => {
    const r = vetCli(['--format', 'json', 'fixtures/dossiers/clean.json']);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ schemaVersion: 1, candidate: { id: 'REQ-1042-01', name: 'Maria Gonzalez', source: 'fixtures/dossiers/clean.json' }, risk: 'low' });
    expect(report.score).toBeTypeOf('number');
    expect(Array.isArray(report.findings)).toBe(true);
    expect(Array.isArray(report.skipped)).toBe(true);
  });

  it('writes the report to --output and nothing to stdout', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'vet-out-')), 'report.json');
    const r = vetCli(['--format', 'json', '--output', out, 'fixtures/dossiers/clean.json']);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).candidate.name).toBe('Maria Gonzalez');
  });

  it('exits 1 at or above --fail-on and 0 below it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vet-fail-'));
    const file = path.join(dir, 'c.json');
    writeFileSync(file, JSON.stringify({ name: 'Alex Doe', interview: { cameraOff: true } }));
    expect(vetCli([file]).code).toBe(0); // one medium signal stays below high
    expect(vetCli(['--fail-on', 'medium', file]).code).toBe(1);
    expect(vetCli(['--fail-on', 'never', file]).code).toBe(0);
  });

  it('exits 2 on a wrong command line', () => {
    const r = vetCli(['--fail-on', 'sometimes', 'fixtures/dossiers/clean.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("argument 'sometimes' is invalid");
  });

  it('reports every dossier of a folder, then a summary line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vet-many-'));
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ name: 'Alex Doe' }));
    writeFileSync(path.join(dir, 'b.json'), JSON.stringify({ name: 'Bo Chen', interview: { liveness: 'failed' } }));
    writeFileSync(path.join(dir, 'c.json'), '{ "name": ');
    const r = vetCli(['--fail-on', 'never', dir]);
    expect(r.stdout).toContain('Alex Doe');
    expect(r.stdout).toContain('Bo Chen');
    expect(r.stdout).toContain(`${path.join(dir, 'c.json')}:1:11: unexpected end of file`);
    expect(r.stdout).toMatch(/2 candidates: 1 high, 1 low; 1 could not be read/);
    expect(r.code).toBe(2); // an unreadable input is an invalid input, even in a batch
  });
});

describe('vet checks / vet explain', () => {
  it('lists every check with severity, title and needed fields', () => {
    const r = vetCli(['checks']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ID\s+SEVERITY\s+TITLE\s+NEEDS$/m);
    expect(r.stdout).toMatch(/^interview\.liveness-failed\s+high\s+Liveness check failed or was refused\s+interview\.liveness$/m);
  });

  it('explains a check with its sources', () => {
    const r = vetCli(['explain', 'interview.liveness-failed']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('What to do:');
    expect(r.stdout).toContain('https://blog.knowbe4.com/');
  });

  it('names the known checks when the id is unknown', () => {
    const r = vetCli(['explain', 'phone.nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^vet: unknown check "phone.nope"; known checks: .*interview\.camera-off/);
  });
});
