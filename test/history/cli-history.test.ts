// The history through the real CLI: a value that comes back under another name, erasure,
// privacy of the store, parallel writers, a killed run, and the team store on PostgreSQL.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, vetCli } from '../helpers/cli.js';
import { dropPostgresSchema, freshPostgresUrl } from '../helpers/postgres.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'vet-history-'));

function seenBefore(stdout: string) {
  const report = JSON.parse(stdout);
  return report.findings.filter((f: { check: string }) => f.check === 'correlation.seen-before');
}

function runTwice(store: string, extra: string[] = []) {
  const first = vetCli(['--history', store, ...extra, '--now', '2026-10-02', '--format', 'json', 'fixtures/history/first.json'], { env: { VET_HISTORY: '' } });
  const second = vetCli(['--history', store, ...extra, '--now', '2026-11-20', '--format', 'json', 'fixtures/history/second.json'], { env: { VET_HISTORY: '' } });
  return { first, second };
}

describe('history on this machine (SQLite)', () => {
  it('reports a phone, shipping address and bank account seen last month under another name', () => {
    const store = path.join(tempDir(), 'h.sqlite');
    const { first, second } = runTwice(store);
    expect(seenBefore(first.stdout)).toEqual([]);
    const found = seenBefore(second.stdout);
    const evidence = found.map((f: { evidence: string }) => f.evidence).join('\n');
    expect(evidence).toContain('phone +1 •••88 was seen under 1 other candidate with another name (REQ-0977-02), first on 2026-10-02');
    expect(evidence).toMatch(/address ••• Phoenix, AZ 85006, US was seen under 1 other candidate .*REQ-0977-02/);
    expect(evidence).toMatch(/bank-account .* was seen under 1 other candidate .*REQ-0977-02/);
    expect(JSON.parse(second.stdout).risk).not.toBe('low');
  });

  it('sees a shipping address again when the next candidate writes it without its ZIP', () => {
    const dir = tempDir();
    const store = path.join(dir, 'h.sqlite');
    const second = path.join(dir, 'second.json');
    writeFileSync(second, JSON.stringify({ id: 'REQ-1200-01', name: 'Owen Pratt', addresses: { shipping: '1839 E. Roosevelt Street, Phoenix AZ' } }));
    vetCli(['--history', store, '--now', '2026-10-02', '--format', 'json', 'fixtures/history/first.json'], { env: { VET_HISTORY: '' } });
    const found = seenBefore(vetCli(['--history', store, '--now', '2026-11-20', '--format', 'json', second], { env: { VET_HISTORY: '' } }).stdout);
    expect(found.map((f: { evidence: string }) => f.evidence)).toEqual(['address ••• Phoenix, AZ, US was seen under 1 other candidate with another name (REQ-0977-02), first on 2026-10-02']);
  });

  it("never remembers the company's own address or contacts (allowAddresses, allowContacts): the next hire is not 'seen before' there", () => {
    const dir = tempDir();
    const config = path.join(dir, 'vet.config.json');
    writeFileSync(config, JSON.stringify({ allowAddresses: ['1839 E Roosevelt St, Phoenix, AZ 85006'], allowContacts: ['+1 602 555 0188'] }));
    const { first, second } = runTwice(path.join(dir, 'h.sqlite'), ['--config', config]);
    expect(seenBefore(first.stdout)).toEqual([]);
    const kinds = seenBefore(second.stdout).map((f: { evidence: string }) => f.evidence.split(' ')[0]);
    expect(kinds).toEqual(['bank-account']);
  });

  it('keeps no phone, e-mail, address or account of a vetted candidate in the store', () => {
    const dir = tempDir();
    const store = path.join(dir, 'h.sqlite');
    runTwice(store);
    const bytes = readdirSync(dir)
      .filter((f) => f.startsWith('h.sqlite') && !f.endsWith('.key'))
      .map((f) => readFileSync(path.join(dir, f)).toString('latin1'))
      .join('\n');
    for (const secret of ['6025550188', '602 555 0188', '555-0188', 'daniel.brooks', 'example.com', 'Roosevelt', 'ROOSEVELT', 'roosevelt', '000123456789', '122105155', 'Daniel', 'Brooks', 'brooks', 'Kevin', 'kevin']) {
      expect(bytes, `store holds ${secret}`).not.toContain(secret);
    }
    expect(statSync(`${store}.key`).mode & 0o777).toBe(0o600);
    expect(statSync(store).mode & 0o777).toBe(0o600);
  });

  it('forgets a candidate on request: the next run no longer sees them', () => {
    const store = path.join(tempDir(), 'h.sqlite');
    vetCli(['--history', store, '--now', '2026-10-02', '--format', 'json', 'fixtures/history/first.json'], { env: { VET_HISTORY: '' } });
    const forget = vetCli(['history', 'forget', 'REQ-0977-02', '--history', store]);
    expect(forget.stdout).toMatch(/^forgot \d+ values of candidate REQ-0977-02\n$/);
    expect(forget.code).toBe(0);
    const second = vetCli(['--history', store, '--format', 'json', 'fixtures/history/second.json'], { env: { VET_HISTORY: '' } });
    expect(seenBefore(second.stdout)).toEqual([]);
  });

  it('does not match a candidate with their own earlier run, nor an unrelated one', () => {
    const store = path.join(tempDir(), 'h.sqlite');
    runTwice(store);
    const again = vetCli(['--history', store, '--format', 'json', 'fixtures/history/first.json'], { env: { VET_HISTORY: '' } });
    const evidence = seenBefore(again.stdout).map((f: { evidence: string }) => f.evidence).join('\n');
    expect(evidence).not.toContain('REQ-0977-02'); // not itself
    expect(evidence).toContain('REQ-1108-05'); // but the later candidate with its phone
    const unrelated = vetCli(['--history', store, '--format', 'json', 'fixtures/history/unrelated.json'], { env: { VET_HISTORY: '' } });
    expect(seenBefore(unrelated.stdout)).toEqual([]);
  });

  it('says in skipped when the run has no history', () => {
    const r = vetCli(['--no-history', '--format', 'json', 'fixtures/history/second.json'], { env: { VET_HISTORY: '' } });
    expect(JSON.parse(r.stdout).skipped).toContainEqual({ check: 'correlation.seen-before', reason: 'no history store for this run (--no-history)' });
  });

  it('stats and export show counts and keyed hashes only', () => {
    const store = path.join(tempDir(), 'h.sqlite');
    runTwice(store);
    const stats = vetCli(['history', 'stats', '--history', store]);
    expect(stats.stdout).toMatch(/candidates: 2\n/);
    const lines = vetCli(['history', 'export', '--history', store]).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(4);
    for (const l of lines.filter((l) => l.kind !== 'photo')) expect(l.valueHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('loses nothing when several vet processes write to one store at once', async () => {
    const dir = tempDir();
    const store = path.join(dir, 'h.sqlite');
    const processes = 6;
    const perProcess = 15;
    for (let p = 0; p < processes; p++) {
      const folder = path.join(dir, `batch-${p}`);
      mkdirp(folder);
      for (let i = 0; i < perProcess; i++) {
        writeFileSync(path.join(folder, `${i}.json`), JSON.stringify({ id: `P${p}-${i}`, name: `Person ${p} ${i}`, email: `p${p}.${i}@example.com` }));
      }
    }
    const runs = Array.from({ length: processes }, (_, p) => runVet(['--history', store, '--fail-on', 'never', '--format', 'json', path.join(dir, `batch-${p}`)]));
    const codes = await Promise.all(runs);
    expect(codes).toEqual(Array(processes).fill(0));
    const db = new Database(store, { readonly: true });
    const count = (db.prepare("SELECT COUNT(*) AS n FROM sightings WHERE kind = 'email'").get() as { n: number }).n;
    db.close();
    expect(count).toBe(processes * perProcess);
  });

  it('is left consistent by a run killed halfway', async () => {
    const dir = tempDir();
    const store = path.join(dir, 'h.sqlite');
    const folder = path.join(dir, 'many');
    mkdirp(folder);
    for (let i = 0; i < 400; i++) writeFileSync(path.join(folder, `${String(i).padStart(3, '0')}.json`), JSON.stringify({ id: `K-${i}`, name: `Killed ${i}`, phone: `+1 512 555 ${String(1000 + i).slice(-4)}` }));
    await runVet(['--history', store, '--fail-on', 'never', folder], 'SIGKILL', 600);
    if (existsSync(store)) {
      const db = new Database(store);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
    // The next run opens, migrates if needed and records as usual.
    const after = vetCli(['--history', store, '--format', 'json', 'fixtures/history/first.json'], { env: { VET_HISTORY: '' } });
    expect(after.code).toBe(0);
    expect(vetCli(['history', 'stats', '--history', store]).code).toBe(0);
  });

  it('takes the store from the config file, relative to it, and --no-history wins over it', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'vet.config.json'), JSON.stringify({ history: { store: 'team/history.sqlite', key: 'team/history.key' } }));
    for (const f of ['first.json', 'second.json']) writeFileSync(path.join(dir, f), readFileSync(path.join(ROOT, 'fixtures/history', f)));
    vetCli(['--format', 'json', 'first.json'], { cwd: dir, env: { VET_HISTORY: '' } });
    expect(existsSync(path.join(dir, 'team/history.sqlite'))).toBe(true);
    expect(statSync(path.join(dir, 'team/history.key')).mode & 0o777).toBe(0o600);
    const off = vetCli(['--no-history', '--format', 'json', 'second.json'], { cwd: dir, env: { VET_HISTORY: '' } });
    expect(seenBefore(off.stdout)).toEqual([]);
    const on = vetCli(['--format', 'json', 'second.json'], { cwd: dir, env: { VET_HISTORY: '' } });
    expect(seenBefore(on.stdout).length).toBeGreaterThan(0);
    expect(vetCli(['history', 'stats'], { cwd: dir, env: { VET_HISTORY: '' } }).stdout).toMatch(/candidates: 2\n/);
  });

  it('refuses a store opened with another key', () => {
    const dir = tempDir();
    const store = path.join(dir, 'h.sqlite');
    runTwice(store);
    const otherKey = path.join(dir, 'other.key');
    writeFileSync(otherKey, `${'ab'.repeat(32)}\n`, { mode: 0o600 });
    const r = vetCli(['--history', store, '--history-key', otherKey, 'fixtures/history/first.json'], { env: { VET_HISTORY: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('made with another key');
  });
});

describe('history for a team (PostgreSQL)', () => {
  const urls: string[] = [];
  afterAll(async () => {
    for (const url of urls) await dropPostgresSchema(url);
  });

  it('shares what one recruiter vetted with another who holds the team key', async () => {
    const url = await freshPostgresUrl();
    urls.push(url);
    const key = path.join(tempDir(), 'team.key');
    const { first, second } = runTwice(url, ['--history-key', key]);
    expect(first.stderr).toBe('');
    const evidence = seenBefore(second.stdout).map((f: { evidence: string }) => f.evidence).join('\n');
    expect(evidence).toContain('phone +1 •••88 was seen under 1 other candidate with another name (REQ-0977-02), first on 2026-10-02');
    const stats = vetCli(['history', 'stats', '--history', url, '--history-key', key]);
    expect(stats.stdout).toMatch(/candidates: 2\n/);
    expect(stats.stdout).not.toMatch(/postgres:\/\/[^@\s]*:[^*@\s]+@/); // never a password
  });

  it('loses nothing with parallel writers', async () => {
    const url = await freshPostgresUrl();
    urls.push(url);
    const dir = tempDir();
    const key = path.join(dir, 'team.key');
    for (let p = 0; p < 4; p++) {
      mkdirp(path.join(dir, `b${p}`));
      for (let i = 0; i < 10; i++) writeFileSync(path.join(dir, `b${p}`, `${i}.json`), JSON.stringify({ id: `Q${p}-${i}`, name: `Team ${p} ${i}`, email: `t${p}.${i}@example.com` }));
    }
    const codes = await Promise.all([0, 1, 2, 3].map((p) => runVet(['--history', url, '--history-key', key, '--fail-on', 'never', path.join(dir, `b${p}`)])));
    expect(codes).toEqual([0, 0, 0, 0]);
    expect(vetCli(['history', 'stats', '--history', url, '--history-key', key]).stdout).toMatch(/email: 40\n/);
  });

  it('fails with a clear message when the server does not answer', () => {
    const r = vetCli(['--history', 'postgres://vet@127.0.0.1:1/none', 'fixtures/history/first.json'], { env: { VET_HISTORY: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^vet: history postgres:\/\/vet@127\.0\.0\.1:1\/none: cannot connect/);
  });
});

function mkdirp(dir: string) {
  mkdirSync(dir, { recursive: true });
}

/** Runs vet in the background; resolves with its exit code (null when killed). */
function runVet(args: string[], kill?: NodeJS.Signals, afterMs = 0): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/vet.js'), ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', VET_HISTORY: '' }, stdio: 'ignore' });
    if (kill) setTimeout(() => child.kill(kill), afterMs);
    child.on('exit', (code) => resolve(code));
  });
}
