// `vet init` driven through a real pseudo-terminal, keystroke by keystroke.

import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KEY, Terminal } from './terminal.js';
import { vetCli, ROOT } from '../helpers/cli.js';
import { validateDossier } from '../../src/dossier/validate.js';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function workdir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vet-init-'));
  dirs.push(dir);
  return dir;
}

/** Downs needed to reach a zone in the list init offers for a country: its zones this Node knows. */
function downsTo(country: string, zone: string): string {
  const rule = JSON.parse(readFileSync(path.join(ROOT, 'rules/timezones.json'), 'utf8')) as { countries: Record<string, string[]> };
  const supported = new Set(Intl.supportedValuesOf('timeZone'));
  const index = rule.countries[country].filter((z) => supported.has(z)).indexOf(zone);
  expect(index).toBeGreaterThanOrEqual(0);
  return KEY.down.repeat(index);
}

describe('vet init', () => {
  it('walks through a dossier, validating each answer with the file messages, writes it and vets it', async () => {
    const dir = workdir();
    writeFileSync(path.join(dir, 'selfie.jpg'), 'not really a jpeg');
    const t = new Terminal(['init', 'jordan.json'], dir);

    await t.answer('Full name', '');
    await t.expect('$.name: required field is missing (expected string)');
    t.type(`Jordan Ellis${KEY.enter}`);
    await t.answer('Email', 'jordan.ellis@example.com');
    await t.answer('Phone', '+1 512 555 0147');
    await t.answer('Country where the candidate says they live', 'XX');
    await t.expect('$.location.country: expected ISO 3166 alpha-2 code or a country name, got "XX"');
    t.type(`${KEY.backspace.repeat(2)}United States${KEY.enter}`);
    await t.answer('City', 'Austin');
    await t.answer('State or region', 'TX');
    await t.expect('Time zone:');
    await t.expect('America/Chicago');
    t.type(downsTo('US', 'America/Chicago') + KEY.enter);
    await t.expect('✔ Time zone: America/Chicago');
    await t.answer('Home address', '1 Main St, Austin, TX 78701');
    await t.answer('Where should the equipment be shipped?', KEY.down);
    await t.answer('Shipping address', '1200 Example Rd Ste 4, Phoenix, AZ 85001');
    await t.answer('How will the candidate be paid?', '');
    await t.answer('Name on the receiving account', 'J. Smith');
    await t.answer('Country of the bank', 'gb');
    await t.answer('Photo file', 'missing.jpg');
    await t.expect('$.photos[0]: no such file "missing.jpg"');
    t.type(`${KEY.backspace.repeat('missing.jpg'.length)}selfie.jpg${KEY.enter}`);
    await t.expect('✔ Photo file, relative to the dossier (empty when done): selfie.jpg');
    await t.answer('Photo file', '');
    await t.answer('Public profile URL', 'https://github.com/jellis');
    await t.expect('✔ Public profile URL: GitHub, LinkedIn, ... (empty when done): https://github.com/jellis');
    await t.answer('Public profile URL', '');
    await t.answer('interviewed on video?', 'y');
    await t.answer('camera off?', 'y');
    await t.answer('Liveness or ID check:', KEY.down);
    await t.answer('refuse to meet in person', 'n');
    await t.expect('Wrote jordan.json');
    await t.answer('Vet it now?', '');
    await t.expect('Jordan Ellis');
    await t.exited;

    const written = JSON.parse(readFileSync(path.join(dir, 'jordan.json'), 'utf8'));
    expect(written).toEqual({
      schemaVersion: 1,
      name: 'Jordan Ellis',
      email: 'jordan.ellis@example.com',
      phone: '+1 512 555 0147',
      location: { city: 'Austin', region: 'TX', country: 'US', timezone: 'America/Chicago' },
      addresses: { home: '1 Main St, Austin, TX 78701', shipping: '1200 Example Rd Ste 4, Phoenix, AZ 85001' },
      payment: { method: 'bank_transfer', accountHolder: 'J. Smith', bankCountry: 'GB' },
      photos: ['selfie.jpg'],
      profiles: ['https://github.com/jellis'],
      interview: { cameraOff: true, liveness: 'failed', refusedInPerson: false },
    });
    expect(validateDossier(written)).toMatchObject({ ok: true, warnings: [] });
    // The report printed right after is the one a plain run gives for the file.
    const plain = vetCli(['jordan.json', '--no-color'], { cwd: dir });
    expect(t.screen.replace(/\r\n/g, '\n')).toContain(plain.stdout.trim().split('\n')[0]);
  });

  it('"same as home" copies the home address, and declining to vet just writes the file', async () => {
    const dir = workdir();
    const t = new Terminal(['init'], dir);
    await t.answer('Full name', 'Sam Lee');
    await t.answer('Email', '');
    await t.answer('Phone', '');
    await t.answer('Country where the candidate says they live', '');
    await t.answer('City', '');
    await t.answer('State or region', '');
    await t.answer('Time zone, IANA name', 'Mars/Olympus');
    await t.expect('$.location.timezone: not a time zone the IANA database knows, got "Mars/Olympus"');
    t.type(`${KEY.backspace.repeat('Mars/Olympus'.length)}Europe/Berlin${KEY.enter}`);
    await t.answer('Home address', 'Hauptstr. 1, 10115 Berlin, DE');
    await t.answer('Where should the equipment be shipped?', '');
    await t.answer('How will the candidate be paid?', KEY.down.repeat(7)); // Not known yet
    await t.answer('Photo file', '');
    await t.answer('Public profile URL', '');
    await t.answer('interviewed on video?', '');
    await t.expect('Wrote dossier.json');
    await t.answer('Vet it now?', 'n');
    expect(await t.exited).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'dossier.json'), 'utf8'))).toEqual({
      schemaVersion: 1,
      name: 'Sam Lee',
      location: { timezone: 'Europe/Berlin' },
      addresses: { home: 'Hauptstr. 1, 10115 Berlin, DE', shipping: 'Hauptstr. 1, 10115 Berlin, DE' },
    });
  });

  it('Ctrl-C leaves without a stack trace and writes nothing', async () => {
    const dir = workdir();
    const t = new Terminal(['init', 'x.json'], dir);
    await t.answer('Full name', 'Jordan');
    await t.expect('Email');
    t.type(KEY.ctrlC);
    expect(await t.exited).toBe(2);
    expect(t.screen).toContain('vet: init cancelled, nothing written');
    expect(t.screen).not.toContain('    at ');
    expect(existsSync(path.join(dir, 'x.json'))).toBe(false);
  });

  it('without a terminal it says so in one line and exits 2', () => {
    const dir = workdir();
    const run = vetCli(['init', 'x.json'], { cwd: dir, input: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('vet: init asks questions, so it needs a terminal (or write the dossier JSON by hand, see the dossier format)\n');
    expect(existsSync(path.join(dir, 'x.json'))).toBe(false);
  });
});
