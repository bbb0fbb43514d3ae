// `vet init [file]`: a recruiter builds a dossier by answering questions instead of writing JSON.
// Every answer is checked by the same schema and with the same messages as a dossier file, so
// what init writes always reads back. inquirer is loaded here only, never on the vetting path.

import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { validateDossier } from '../dossier/validate.js';
import { jsonPath } from '../util/json-path.js';
import { PAYMENT_METHODS, LIVENESS, countryCode } from '../dossier/schema.js';
import { zonesOfCountry, knownZone } from '../data/timezones.js';

type Key = string | number;
type Validate = (value: string) => true | string;
type Choice = { name: string; value: string };

interface Prompts {
  text(message: string, validate: Validate, fallback?: string): Promise<string>;
  choose(message: string, choices: Choice[]): Promise<string>;
  yes(message: string, fallback: boolean): Promise<boolean>;
}

/** Writes the dossier and returns its path when the user wants it vetted now, else undefined. */
export async function init(file: string | undefined): Promise<string | undefined> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UserError('init asks questions, so it needs a terminal (or write the dossier JSON by hand, see the dossier format)');
  }
  const target = file ?? 'dossier.json';
  try {
    const ask = await prompts();
    const dossier = await interview(ask, path.dirname(path.resolve(target)));
    const checked = validateDossier(dossier);
    // Each answer was validated on its own; this catches a combination that is not, which would be a bug here.
    if (!checked.ok) throw new Error(`init built an invalid dossier: ${checked.errors.join('; ')}`);
    if (existsSync(target) && !(await ask.yes(`${target} exists. Replace it?`, false))) throw new UserError(`${target} exists, nothing written`);
    await writeFile(target, `${JSON.stringify(dossier, null, 2)}\n`);
    process.stdout.write(`Wrote ${target}\n`);
    return (await ask.yes('Vet it now?', true)) ? target : undefined;
  } catch (err) {
    // Ctrl-C or a closed terminal: leave quietly, without a stack trace.
    if ((err as Error)?.name === 'ExitPromptError' || (err as Error)?.name === 'AbortPromptError') throw new UserError('init cancelled, nothing written');
    throw err;
  }
}

async function prompts(): Promise<Prompts> {
  const { default: inquirer } = await import('inquirer');
  const one = async <T>(question: Record<string, unknown>): Promise<T> => ((await inquirer.prompt([{ ...question, name: 'answer' }] as never)) as { answer: T }).answer;
  return {
    text: (message, validate, fallback) => one<string>({ type: 'input', message, validate, default: fallback }).then((s) => s.trim()),
    choose: (message, choices) => one<string>({ type: 'select', message, choices, loop: false }),
    yes: (message, fallback) => one<boolean>({ type: 'confirm', message, default: fallback }),
  };
}

/** The dossier schema's own message for one value at one path (`$.location.country: expected ISO 3166 alpha-2 code or a country name, got "XX"`). */
export function validateAt(at: Key[], value: unknown): true | string {
  const probe: Record<string, unknown> = { name: 'probe' };
  let node: Record<Key, unknown> = probe;
  at.forEach((key, i) => {
    if (i === at.length - 1) node[key] = value;
    else node = node[key] = (typeof at[i + 1] === 'number' ? [] : {}) as Record<Key, unknown>;
  });
  const result = validateDossier(probe);
  if (result.ok) return true;
  const where = jsonPath(at);
  return result.errors.find((e) => e.startsWith(where)) ?? true;
}

const optional = (at: Key[]): Validate => (value) => (value.trim() === '' ? true : validateAt(at, value.trim()));

async function interview(ask: Prompts, baseDir: string): Promise<Record<string, unknown>> {
  const dossier: Record<string, unknown> = { schemaVersion: 1 };
  dossier.name = await ask.text('Full name, as the candidate gave it:', (v) => validateAt(['name'], v));
  set(dossier, 'email', await ask.text('Email (empty to skip):', optional(['email'])));
  set(dossier, 'phone', await ask.text('Phone, E.164 like +1 512 555 0147 (empty to skip):', optional(['phone'])));
  set(dossier, 'location', await location(ask));
  set(dossier, 'addresses', await addresses(ask));
  set(dossier, 'payment', await payment(ask));
  set(dossier, 'photos', await list(ask, 'Photo file, relative to the dossier (empty when done):', (i) => photoExists(baseDir, i)));
  set(dossier, 'profiles', await list(ask, 'Public profile URL: GitHub, LinkedIn, ... (empty when done):', (i) => optional(['profiles', i])));
  set(dossier, 'interview', await attestations(ask));
  return dossier;
}

async function location(ask: Prompts): Promise<Record<string, unknown>> {
  const written = await ask.text('Country where the candidate says they live, ISO code like US or its name (empty to skip):', optional(['location', 'country']));
  // Kept as its code (`Germany` -> DE), which also offers the country's time zones next.
  const country = written ? (countryCode.safeParse(written).data ?? written) : '';
  const city = await ask.text('City (empty to skip):', optional(['location', 'city']));
  const region = await ask.text('State or region (empty to skip):', optional(['location', 'region']));
  return compact({ city, region, country, timezone: await timezone(ask, country) });
}

/** Suggests the zones of the chosen country that this Node knows; any IANA name can still be typed. */
async function timezone(ask: Prompts, country: string): Promise<string> {
  const supported = new Set(Intl.supportedValuesOf('timeZone'));
  const zones = country ? zonesOfCountry(country).filter((z) => supported.has(z)) : [];
  if (zones.length === 1) return (await ask.yes(`Time zone ${zones[0]}?`, true)) ? zones[0] : typedZone(ask);
  if (zones.length > 1) {
    const picked = await ask.choose('Time zone:', [...zones.map((z) => ({ name: z, value: z })), { name: 'Another zone (type it)', value: '?' }, { name: 'Skip', value: '' }]);
    return picked === '?' ? typedZone(ask) : picked;
  }
  return typedZone(ask);
}

function typedZone(ask: Prompts): Promise<string> {
  return ask.text('Time zone, IANA name like America/Chicago (empty to skip):', (v) => {
    if (v.trim() === '') return true;
    const checked = validateAt(['location', 'timezone'], v.trim());
    if (checked !== true) return checked;
    return knownZone(v) ? true : `$.location.timezone: not a time zone the IANA database knows, got ${JSON.stringify(v.trim())}`;
  });
}

async function addresses(ask: Prompts): Promise<Record<string, unknown>> {
  const home = await ask.text('Home address, one line (empty to skip):', optional(['addresses', 'home']));
  const choices = [
    ...(home ? [{ name: 'Same as home', value: 'home' }] : []),
    { name: 'Another address', value: 'other' },
    { name: 'Not known yet', value: '' },
  ];
  const where = await ask.choose('Where should the equipment be shipped?', choices);
  const shipping = where === 'home' ? home : where === 'other' ? await ask.text('Shipping address, one line:', (v) => validateAt(['addresses', 'shipping'], v)) : '';
  return compact({ home, shipping });
}

async function payment(ask: Prompts): Promise<Record<string, unknown>> {
  const method = await ask.choose('How will the candidate be paid?', [...PAYMENT_METHODS.map((m) => ({ name: m.replace('_', ' '), value: m })), { name: 'Not known yet', value: '' }]);
  if (!method) return {};
  const accountHolder = await ask.text('Name on the receiving account (empty to skip):', optional(['payment', 'accountHolder']));
  const bankCountry = (await ask.text('Country of the bank or account, ISO code (empty to skip):', optional(['payment', 'bankCountry']))).toUpperCase();
  return compact({ method, accountHolder, bankCountry });
}

async function attestations(ask: Prompts): Promise<Record<string, unknown>> {
  if (!(await ask.yes('Has the candidate been interviewed on video?', false))) return {};
  const cameraOff = await ask.yes('Did they keep the camera off?', false);
  const liveness = await ask.choose('Liveness or ID check:', [...LIVENESS.map((l) => ({ name: l, value: l })), { name: 'Not done', value: '' }]);
  const refusedInPerson = await ask.yes('Did they refuse to meet in person or on a live camera-on call?', false);
  return { cameraOff, ...(liveness && { liveness }), refusedInPerson };
}

/** Asks until an empty answer; each item validated at its index. */
async function list(ask: Prompts, message: string, validator: (index: number) => Validate): Promise<string[]> {
  const items: string[] = [];
  for (;;) {
    const item = await ask.text(message, validator(items.length));
    if (!item) return items;
    items.push(item);
  }
}

function photoExists(baseDir: string, index: number): Validate {
  return (value) => {
    if (value.trim() === '') return true;
    const checked = validateAt(['photos', index], value.trim());
    if (checked !== true) return checked;
    const file = path.resolve(baseDir, value.trim());
    return existsSync(file) && statSync(file).isFile() ? true : `${jsonPath(['photos', index])}: no such file ${JSON.stringify(value.trim())} (paths are relative to the dossier)`;
  };
}

function set(target: Record<string, unknown>, key: string, value: unknown): void {
  const empty = value === '' || value === undefined || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
  if (!empty) target[key] = value;
}

function compact(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) set(out, key, value);
  return out;
}
