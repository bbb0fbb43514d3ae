// The sanctions checks and `vet data update` through the built CLI. The update runs against a real
// HTTP server on 127.0.0.1 serving generated OFAC-format files, never the network.

import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, vetCli } from '../helpers/cli.js';

describe('sanctions screening end to end', () => {
  it('a dossier paying a listed wallet is critical and exits 1', () => {
    const result = vetCli(['--format', 'json', 'fixtures/dossiers/sanctioned-wallet.json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    // One dossier: the JSON report is that candidate's report, with the list it was screened against.
    expect(report.risk).toBe('critical');
    expect(report.findings.map((f: { check: string }) => f.check)).toContain('payment.sanctioned-wallet');
    expect(report.data).toEqual([expect.stringMatching(/^OFAC SDN 2024-05-03 \(bundled, \d{3,} days before this run: `vet data update` fetches the current list\)$/)]);
  });

  it('a payee that is a listed DPRK front company is critical', () => {
    const result = vetCli(['--format', 'json', 'fixtures/dossiers/sanctioned-payee.json']);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).findings as { check: string; severity: string }[];
    expect(findings.find((f) => f.check === 'payment.sanctioned-party')?.severity).toBe('critical');
    expect(findings.find((f) => f.check === 'payment.bank-country')?.severity).toBe('high');
  });

  it("a sheet's Date of Birth column clears a name match and confirms one, as people type dates", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vet-dob-'));
    const sheet = path.join(dir, 'hires.csv');
    // 02/11/1994 is February or November: its year alone tells Jin Ryu from the listed RYU, Jin (1965).
    writeFileSync(sheet, 'Name,Date of Birth,Country\nJin Ryu,02/11/1994,US\nKim Sang Man,25 Apr 1965,US\nJin Ryu,,US\n');
    const result = vetCli(['--format', 'json', '--no-history', sheet]);
    const severities = (JSON.parse(result.stdout).candidates as { findings: { check: string; severity: string }[] }[]).map((c) =>
      c.findings.filter((f) => f.check === 'identity.sanctions-match').map((f) => f.severity),
    );
    expect(severities).toEqual([['info'], ['critical'], ['medium']]);
    expect(result.code).toBe(1);
  });

  it('the text report says which list it screened against, and how old it is when it is old', () => {
    expect(vetCli(['--now', '2024-05-20', 'fixtures/dossiers/clean.json']).stdout).toContain('Screened against: OFAC SDN 2024-05-03 (bundled)\n');
    expect(vetCli(['--now', '2024-07-01', 'fixtures/dossiers/clean.json']).stdout).toContain('Screened against: OFAC SDN 2024-05-03 (bundled, 59 days before this run: `vet data update` fetches the current list)');
  });
});

/** A CSV in OFAC's sdn.csv form: enough entries to pass the minimum, one new DPRK front company. */
function sdnCsv(entries = 6000): string {
  const rows = [];
  for (let i = 1; i <= entries; i++) rows.push(`${100000 + i},"TESTCO ${i} HOLDINGS",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `);
  rows.push(`99999,"QUIXOTIC ZEPHYR SOFTWARE DEVELOPMENT COMPANY",-0- ,"DPRK3",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Digital Currency Address - ETH 0x1111111111111111111111111111111111111111; a.k.a. 'QZ SOFT'."`);
  return `${rows.join('\r\n')}\r\n\x1a`;
}

describe('vet data update', () => {
  let server: Server;
  let base: string;
  const full = sdnCsv();
  const routes: Record<string, (res: import('node:http').ServerResponse) => void> = {
    '/good/sdn.csv': (res) => res.writeHead(200, { 'last-modified': 'Wed, 20 Nov 2030 10:00:00 GMT' }).end(full, 'latin1'),
    '/truncated/sdn.csv': (res) => res.writeHead(200).end(full.slice(0, full.length / 2), 'latin1'),
    '/small/sdn.csv': (res) => res.writeHead(200).end(sdnCsv(10), 'latin1'),
    '/error/sdn.csv': (res) => res.writeHead(500).end('internal error'),
    '/slow/sdn.csv': () => undefined, // never answers
  };

  beforeAll(async () => {
    server = createServer((req, res) => (routes[req.url ?? ''] ?? ((r) => r.writeHead(404).end()))(res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  // The server runs in this process, so the CLI must run without blocking it (spawnSync would).
  function update(cache: string, route: string, extra: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'bin/vet.js'), 'data', 'update', '--sdn-url', `${base}/${route}/sdn.csv`, '--alt-url', 'none', ...extra], {
        env: { ...process.env, VET_CACHE_DIR: cache, NO_COLOR: '1' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  const tempCache = () => mkdtempSync(path.join(os.tmpdir(), 'vet-cache-'));

  it('stores a good list, and vet then screens against it and says so', async () => {
    const cache = tempCache();
    const result = await update(cache, 'good');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('OFAC SDN 2030-11-20: 6001 entries');
    const dossier = path.join(cache, 'd.json');
    writeFileSync(dossier, JSON.stringify({ name: 'Jordan Ellis', payment: { accountHolder: 'Quixotic Zephyr Software Development Co.' } }));
    const run = vetCli(['--format', 'json', dossier], { env: { VET_CACHE_DIR: cache } });
    const report = JSON.parse(run.stdout);
    expect(report.data).toEqual(['OFAC SDN 2030-11-20 (from vet data update)']);
    expect(report.findings.find((f: { check: string }) => f.check === 'payment.sanctioned-party')?.severity).toBe('critical');
  });

  it.each([
    { route: 'truncated', message: /truncated|fields|unterminated/ },
    { route: 'small', message: /fewer than/ },
    { route: 'error', message: /HTTP 500/ },
    { route: 'slow', message: /no answer within 300 ms/ },
  ])('a $route download fails with one line and keeps the good list', async ({ route, message }) => {
    const cache = tempCache();
    expect((await update(cache, 'good')).code).toBe(0);
    const before = readFileSync(path.join(cache, 'ofac-sdn.json'), 'utf8');
    const result = await update(cache, route, ['--timeout', '300']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('kept the list of 2030-11-20');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(path.join(cache, 'ofac-sdn.json'), 'utf8')).toBe(before);
  });

  it('a failed first download leaves no list behind', async () => {
    const cache = tempCache();
    const result = await update(cache, 'error');
    expect(result.code).toBe(2);
    expect(existsSync(path.join(cache, 'ofac-sdn.json'))).toBe(false);
  });
});
