// The linker on in-memory candidates: which values link, at what severity, and the look-alikes that must not escalate.

import { describe, expect, it } from 'vitest';
import { correlate, type CorrelationInput } from '../../src/correlate/index.js';
import { displayOf, fingerprints } from '../../src/correlate/fingerprints.js';
import { streamInputs } from '../../src/dossier/inputs.js';
import { handInSignatures, resumeSignature, similarity } from '../../src/correlate/minhash.js';
import { dossier } from '../helpers/factory.js';
import { photoRules } from '../../src/data/photo.js';
import type { CandidateReport, CheckConfig, Gathered, Severity } from '../../src/types.js';

let next = 0;
function candidate(fields: Record<string, unknown>, gathered: Gathered = {}): CorrelationInput {
  const index = next++;
  const d = dossier(fields);
  const origin = { label: `sheet.csv:${index + 1}`, file: 'sheet.csv', baseDir: '.', row: index + 1 };
  // The linker names candidates as their reports do (the engine's checkOne fills this).
  const report = { candidate: { ...(d.id !== undefined && { id: d.id }), name: d.name, source: origin.label, row: origin.row } } as CandidateReport;
  return { loaded: { dossier: d, origin, index, warnings: [] }, gathered, report };
}

async function links(inputs: CorrelationInput[], config: CheckConfig = {}, severities?: Record<string, Severity | 'off'>) {
  const result = await correlate(inputs, { config, severities });
  return { result, summary: result.correlations.map((c) => [c.kind, c.severity, c.candidates.map((m) => m.name)]) };
}

const FARM = '1200 Example Rd Ste 4, Phoenix, AZ 85001, US';
const home = (n: number) => `${10 + n} Oak St, Austin, TX 78701, US`;

describe('shared addresses', () => {
  it('four names shipping to one house, each with their own home: high for every one', async () => {
    const inputs = ['Ann Lee', 'Bo Diaz', 'Cy Ray', 'Di Fox'].map((name, n) => candidate({ name, addresses: { home: home(n), shipping: FARM } }));
    const { result, summary } = await links(inputs);
    expect(summary).toEqual([['shared-address', 'high', ['Ann Lee', 'Bo Diaz', 'Cy Ray', 'Di Fox']]]);
    for (const input of inputs) expect(result.findings.get(input.loaded.index)!.map((f) => [f.check, f.severity])).toEqual([['correlation.shared-address', 'high']]);
  });

  it('three names shipping to a house none of them lives in: high; two: medium', async () => {
    const { summary } = await links(['Ann Lee', 'Bo Diaz', 'Cy Ray'].map((name, n) => candidate({ name, addresses: { home: home(n), shipping: FARM } })));
    expect(summary).toEqual([['shared-address', 'high', ['Ann Lee', 'Bo Diaz', 'Cy Ray']]]);
    expect((await links(['Ann Lee', 'Bo Diaz'].map((name, n) => candidate({ name, addresses: { home: home(n), shipping: FARM } })))).summary).toEqual([['shared-address', 'medium', ['Ann Lee', 'Bo Diaz']]]);
  });

  it('three names at the home of one of them (who ships there too): medium', async () => {
    const resident = candidate({ name: 'Ann Lee', addresses: { home: FARM, shipping: FARM } });
    const others = ['Bo Diaz', 'Cy Ray'].map((name, n) => candidate({ name, addresses: { home: home(n), shipping: FARM } }));
    expect((await links([resident, ...others])).summary).toEqual([['shared-address', 'medium', ['Ann Lee', 'Bo Diaz', 'Cy Ray']]]);
  });

  it('a household of five (all live there, ship there) stays medium; six are no longer a household', async () => {
    const family = (count: number) => Array.from({ length: count }, (_, n) => candidate({ name: `Okafor ${'ABCDEF'[n]}`, addresses: { home: FARM, shipping: FARM } }));
    expect((await links(family(5))).summary).toEqual([['shared-address', 'medium', expect.any(Array)]]);
    expect((await links(family(6))).summary).toEqual([['shared-address', 'high', expect.any(Array)]]);
  });

  it('a household sharing a landline and a router is low on those, medium on the address', async () => {
    const inputs = ['Robin Okafor', 'Sam Okafor'].map((name) => candidate({ name, phone: '+1 217 555 0100', addresses: { home: FARM }, network: { ipAddresses: ['198.51.100.20'] } }));
    const { result, summary } = await links(inputs);
    expect(summary.map(([kind, severity]) => [kind, severity]).sort()).toEqual([['shared-address', 'medium'], ['shared-ip', 'low'], ['shared-phone', 'low']]);
    expect(result.findings.get(inputs[0].loaded.index)!.every((f) => f.confidence === 'low')).toBe(true);
  });

  it("the company's own office (allowAddresses) is not a link", async () => {
    const inputs = ['Ann Lee', 'Bo Diaz', 'Cy Ray', 'Di Fox'].map((name, n) => candidate({ name, addresses: { home: home(n), shipping: FARM } }));
    expect((await links(inputs, { allowAddresses: ['1200 Example Road, Suite 4, Phoenix AZ 85001'] })).summary).toEqual([]);
  });

  it("the company's office written without its ZIP by some rows is still its own", async () => {
    const inputs = ['Ann Lee', 'Bo Diaz', 'Cy Ray'].map((name, n) => candidate({ name, addresses: { home: home(n), shipping: n === 0 ? FARM : '1200 Example Rd Ste 4, Phoenix, AZ' } }));
    expect((await links(inputs, { allowAddresses: [FARM] })).summary).toEqual([]);
  });

  it('one house written with its ZIP, with ZIP+4 and without a ZIP: one link of all three', async () => {
    const spellings = ['2217 N Walnut Ave, Tulsa, OK 74106', '2217 North Walnut Avenue, Tulsa, Oklahoma 74106-1234', '2217 N. Walnut Ave., Tulsa OK'];
    const inputs = ['Andrew Miller', 'Brian Cole', 'Chris Young'].map((name, n) => candidate({ name, addresses: { home: home(n), shipping: spellings[n] } }));
    expect((await links(inputs)).summary).toEqual([['shared-address', 'high', ['Andrew Miller', 'Brian Cole', 'Chris Young']]]);
    // In input order, whichever spelling links a row: the ZIP-less row first.
    expect((await links([inputs[2], inputs[0], inputs[1]].map((i) => candidate({ name: i.loaded.dossier.name, addresses: i.loaded.dossier.addresses })))).summary).toEqual([['shared-address', 'high', ['Chris Young', 'Andrew Miller', 'Brian Cole']]]);
  });

  it('one street and number in two cities of a state links nobody; in one city under two ZIPs (a slip of one digit), it links', async () => {
    const at = (name: string, shipping: string) => candidate({ name, addresses: { shipping } });
    expect((await links([at('Ann Lee', '100 Main St, Springfield, IL 62701'), at('Bo Diaz', '100 Main St, Peoria, IL')])).summary).toEqual([]);
    expect((await links([at('Ann Lee', '100 Main St, Springfield, IL 62701'), at('Bo Diaz', '100 Main St, Springfield, IL 62704')])).summary).toEqual([['shared-address', 'medium', ['Ann Lee', 'Bo Diaz']]]);
  });

  it('a family at one home, written with and without the ZIP, is still a household', async () => {
    const inputs = [candidate({ name: 'Robin Okafor', addresses: { home: FARM, shipping: FARM } }), candidate({ name: 'Sam Okafor', addresses: { home: '1200 Example Rd Ste 4, Phoenix AZ', shipping: '1200 Example Rd Ste 4, Phoenix AZ' } })];
    const { result } = await links(inputs);
    expect(result.correlations.map((c) => [c.kind, c.severity])).toEqual([['shared-address', 'medium']]);
    expect(result.findings.get(inputs[0].loaded.index)![0].evidence).toContain('all give it as their home address');
  });

  it("an agency's own email and phone in every row (allowContacts) are not a link; the candidates' own still are", async () => {
    const rows = ['Ann Lee', 'Bo Diaz', 'Cy Ray'].map((name) => candidate({ name, email: 'Recruiting+ref@Agency.example', phone: '(512) 555-0100', location: { country: 'US' }, payment: { iban: 'DE89370400440532013000' } }));
    expect((await links(rows)).summary.map(([kind]) => kind).sort()).toEqual(['shared-bank-account', 'shared-email', 'shared-phone']);
    const allowed = await links(rows, { allowContacts: ['recruiting@agency.example', '+1 512 555 0100'] });
    expect(allowed.summary.map(([kind]) => kind)).toEqual(['shared-bank-account']);
  });

  it('a street without a place links nobody: "100 Main St" is in every town', async () => {
    const inputs = ['Ann Lee', 'Bo Diaz', 'Cy Ray', 'Di Fox'].map((name) => candidate({ name, addresses: { shipping: '100 Main St' } }));
    expect((await links(inputs)).summary).toEqual([]);
  });

  it('a home street in its column, the city in the location (Address, City, State columns): read in that city', async () => {
    const at = (name: string, city: string, region: string) => candidate({ name, addresses: { home: '100 Main St' }, location: { city, region, country: 'US' } });
    expect((await links([at('Ann Lee', 'Austin', 'TX'), at('Bo Diaz', 'Denver', 'CO'), at('Cy Ray', 'Boston', 'MA')])).summary).toEqual([]);
    expect((await links([at('Ann Lee', 'Austin', 'TX'), at('Bo Diaz', 'Austin', 'TX')])).summary).toEqual([['shared-address', 'medium', ['Ann Lee', 'Bo Diaz']]]);
  });

  it('a city without a street links nobody', async () => {
    expect((await links(['Ann Lee', 'Bo Diaz'].map((name) => candidate({ name, addresses: { shipping: 'Phoenix, AZ' } })))).summary).toEqual([]);
  });
});

describe('what does not link', () => {
  it('one person on two rows (same name) is a duplicate, not a link', async () => {
    expect((await links([candidate({ name: 'Ann Lee', phone: '+1 512 555 0147' }), candidate({ name: 'ann  LEE', phone: '+1 512 555 0147' })])).summary).toEqual([]);
  });

  it('a kind turned off in the configuration', async () => {
    const inputs = [candidate({ name: 'Ann Lee', phone: '+1 512 555 0147' }), candidate({ name: 'Bo Diaz', phone: '(512) 555-0147', location: { country: 'US' } })];
    expect((await links(inputs, {}, { 'correlation.shared-phone': 'off' })).summary).toEqual([]);
    expect((await links(inputs, {}, { 'correlation.shared-phone': 'medium' })).summary).toEqual([['shared-phone', 'medium', ['Ann Lee', 'Bo Diaz']]]);
  });

  it('colleagues at one switchboard: one number, each their own extension', async () => {
    const inputs = [candidate({ name: 'Ann Lee', phone: '+1 (512) 555-0100 ext. 12' }), candidate({ name: 'Bo Diaz', phone: '+1 512 555 0100 x 14' })];
    expect((await links(inputs)).summary).toEqual([]);
  });

  it('private and carrier-NAT IPs, which strangers share', async () => {
    const ips = ['10.0.0.5', '192.168.1.10', '100.64.3.2', '172.20.0.1'];
    expect((await links(['Ann Lee', 'Bo Diaz'].map((name) => candidate({ name, network: { ipAddresses: ips } })))).summary).toEqual([]);
  });

  it('a single candidate', async () => {
    expect((await links([candidate({ name: 'Ann Lee', phone: '+1 512 555 0147' })])).summary).toEqual([]);
  });

  // What a form or a JSON export writes for "no value" is not a value two strangers share.
  it.each([
    ['addresses', { addresses: { shipping: 'same as home' } }],
    ['addresses', { addresses: { shipping: 'N/A' } }],
    ['accounts', { payment: { accountNumber: '0', routingNumber: '0' } }],
    ['accounts', { payment: { accountNumber: '000000', routingNumber: '000000000' } }],
    ['accounts', { payment: { accountNumber: 'N/A', routingNumber: 'N/A' } }],
    ['wallets', { payment: { cryptoAddress: 'to be confirmed later' } }],
    // Two different numbers as a spreadsheet saved them from General cells: six digits each, the same text.
    ['accounts', { payment: { accountNumber: '1.23457E+11', routingNumber: '021000021' } }],
    ['phones', { phone: '1.51222E+10', location: { country: 'US' } }],
  ])('placeholder %s: %j', async (_, fields) => {
    expect((await links(['Ann Lee', 'Bo Diaz'].map((name) => candidate({ name, ...fields })))).summary).toEqual([]);
  });

  it.each([
    ['an address without a house number but with a postal code', { addresses: { shipping: 'Rose Cottage, Mill Lane, Ashford TN23 1AB, GB' } }, 'shared-address'],
    ['a short account with its routing number', { payment: { accountNumber: '4821', routingNumber: '021000021' } }, 'shared-bank-account'],
  ])('still links %s', async (_, fields, kind) => {
    expect((await links(['Ann Lee', 'Bo Diaz'].map((name) => candidate({ name, ...fields })))).summary.map(([k]) => k)).toEqual([kind]);
  });
});

describe('phones, emails and IPs as people and exports write them', () => {
  it('an IP written with its port or a label is the same address (2: low)', async () => {
    const inputs = [candidate({ name: 'Ann Lee', network: { ipAddresses: ['203.0.113.7:443'] } }), candidate({ name: 'Bo Diaz', network: { ipAddresses: ['IP: 203.0.113.7 (VPN)'] } })];
    expect((await links(inputs)).summary).toEqual([['shared-ip', 'low', ['Ann Lee', 'Bo Diaz']]]);
  });

  it('one extension of one number given twice links, shown without the extension; an allowed switchboard allows its extensions', async () => {
    const inputs = ['Ann Lee', 'Bo Diaz'].map((name) => candidate({ name, phone: '+1 (512) 555-0100 ext. 12' }));
    const { result, summary } = await links(inputs);
    expect(summary).toEqual([['shared-phone', 'high', ['Ann Lee', 'Bo Diaz']]]);
    expect(result.correlations[0].value).toBe('+1 •••00');
    expect((await links(inputs, { allowContacts: ['+1 512 555 0100'] })).summary).toEqual([]);
  });

  it('a cell that gives two numbers links on each', async () => {
    const inputs = [candidate({ name: 'Ann Lee', phone: '+1 512 555 0147 / +1 512 555 0199' }), candidate({ name: 'Bo Diaz', phone: '+1 512 555 0199' })];
    expect((await links(inputs)).summary).toEqual([['shared-phone', 'high', ['Ann Lee', 'Bo Diaz']]]);
  });

  it('a North American number in national form, in a sheet with no country, is the same phone as its +1 form', async () => {
    const inputs = [candidate({ name: 'Ann Lee', phone: '(512) 555-0147' }), candidate({ name: 'Bo Diaz', phone: '+1 512-555-0147' }), candidate({ name: 'Cy Ray', phone: '512.555.0147' })];
    expect((await links(inputs)).summary).toEqual([['shared-phone', 'high', ['Ann Lee', 'Bo Diaz', 'Cy Ray']]]);
  });

  it('an email as pasted from a mail program or a link is its mailbox', async () => {
    const inputs = [candidate({ name: 'Ann Lee', email: 'Ann Lee <ann.lee@example.com>' }), candidate({ name: 'Bo Diaz', email: 'mailto:Ann.Lee@example.com' })];
    const { result, summary } = await links(inputs);
    expect(summary).toEqual([['shared-email', 'high', ['Ann Lee', 'Bo Diaz']]]);
    expect(result.correlations[0].value).toBe('a•••@example.com');
  });
});

describe('money', () => {
  it('account details as forms label them: IBAN with its label, an account and routing number with theirs, a wallet after its network', async () => {
    const iban = await links([candidate({ name: 'Ann Lee', payment: { iban: 'IBAN: DE89 3704 0044 0532 0130 00' } }), candidate({ name: 'Bo Diaz', payment: { iban: 'DE89370400440532013000' } })]);
    expect(iban.summary).toEqual([['shared-bank-account', 'high', ['Ann Lee', 'Bo Diaz']]]);
    const account = await links([candidate({ name: 'Ann Lee', payment: { accountNumber: 'Acct # 0012-3456-789', routingNumber: 'ABA 021000021' } }), candidate({ name: 'Bo Diaz', payment: { accountNumber: '123456789', routingNumber: '21000021' } })]);
    expect(account.summary).toEqual([['shared-bank-account', 'high', ['Ann Lee', 'Bo Diaz']]]);
    const wallet = await links([candidate({ name: 'Ann Lee', payment: { cryptoAddress: 'USDT (TRC20): TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL' } }), candidate({ name: 'Bo Diaz', payment: { cryptoAddress: 'TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL' } })]);
    expect(wallet.summary).toEqual([['shared-crypto-wallet', 'high', ['Ann Lee', 'Bo Diaz']]]);
  });


  it('one IBAN (spaces and case aside) under two names; one account + routing under three', async () => {
    const iban = await links([candidate({ name: 'Ann Lee', payment: { iban: 'DE89 3704 0044 0532 0130 00' } }), candidate({ name: 'Bo Diaz', payment: { iban: 'de89370400440532013000' } })]);
    expect(iban.summary).toEqual([['shared-bank-account', 'high', ['Ann Lee', 'Bo Diaz']]]);
    expect(iban.result.correlations[0].value).toBe('IBAN DE ••••3000');
    const account = await links(['Ann Lee', 'Bo Diaz', 'Cy Ray'].map((name) => candidate({ name, payment: { accountNumber: '000123456789', routingNumber: '122105155' } })));
    expect(account.summary).toEqual([['shared-bank-account', 'high', ['Ann Lee', 'Bo Diaz', 'Cy Ray']]]);
  });

  it("one account typed in one row and read from a spreadsheet's number cell in another (leading zeros dropped)", async () => {
    const rows = [candidate({ name: 'Ann Lee', payment: { accountNumber: '000123456789', routingNumber: '021000021' } }), candidate({ name: 'Bo Diaz', payment: { accountNumber: 123456789, routingNumber: 21000021 } })];
    const { result, summary } = await links(rows);
    expect(summary).toEqual([['shared-bank-account', 'high', ['Ann Lee', 'Bo Diaz']]]);
    expect(result.correlations[0].value).toBe('account ••••6789 (routing ••••0021)');
  });

  it('a UK sort code is not padded as a US routing number would be', async () => {
    const rows = ['Ann Lee', 'Bo Diaz'].map((name, n) => candidate({ name, payment: { accountNumber: '41234567', routingNumber: n === 0 ? '200000' : '000200000' } }));
    expect((await links(rows)).summary).toEqual([]);
  });

  it('an account number without its routing number names no account', async () => {
    expect((await links(['Ann Lee', 'Bo Diaz'].map((name) => candidate({ name, payment: { accountNumber: '000123456789' } })))).summary).toEqual([]);
  });

  it('an Ethereum wallet in two cases is one wallet', async () => {
    const wallet = '0x52908400098527886E0F7030069857D2E4169EE7';
    const { summary } = await links([candidate({ name: 'Ann Lee', payment: { cryptoAddress: wallet } }), candidate({ name: 'Bo Diaz', payment: { cryptoAddress: wallet.toLowerCase() } })]);
    expect(summary).toEqual([['shared-crypto-wallet', 'high', ['Ann Lee', 'Bo Diaz']]]);
  });
});

describe('photos: within the Hamming threshold of rules/photo.json, found without comparing all pairs', () => {
  const threshold = photoRules().hash.matchDistance;
  const base = '0123456789abcdef';
  /** Flips `bits` bits spread over the four 16-bit segments. */
  const flip = (hex: string, bits: number) => {
    let value = BigInt(`0x${hex}`);
    for (let i = 0; i < bits; i++) value ^= 1n << BigInt((i % 4) * 16 + Math.floor(i / 4));
    return value.toString(16).padStart(16, '0');
  };
  const withPhoto = (name: string, hash: string) => candidate({ name, photos: ['p.jpg'] }, { photos: [{ path: '$.photos[0]', role: 'profile', file: 'p.jpg', hash }] });

  it.each([
    ['identical', 0, true],
    ['at the threshold', 0, true],
    ['one bit beyond', 1, false],
  ])('%s: linked %s', async (_, beyond, linked) => {
    const bits = beyond === 0 && _ === 'identical' ? 0 : threshold + (beyond as number);
    const { summary } = await links([withPhoto('Ann Lee', base), withPhoto('Bo Diaz', flip(base, bits))]);
    expect(summary.length).toBe(linked ? 1 : 0);
  });

  it('a chain of copies is one cluster naming all three', async () => {
    const { summary } = await links([withPhoto('Ann Lee', base), withPhoto('Bo Diaz', flip(base, 6)), withPhoto('Cy Ray', base)]);
    expect(summary).toEqual([['shared-photo', 'high', ['Ann Lee', 'Bo Diaz', 'Cy Ray']]]);
  });
});

describe('resumes: MinHash + LSH', () => {
  const words = (seed: number, count: number) => Array.from({ length: count }, (_, i) => `w${(i * 7919 + seed * 104729) % 5003}`).join(' ');

  it('takes a signature handed in for a text (the main thread works them out for a worker), and works it out again once they are taken back', () => {
    const text = 'led the payments team; shipped a ledger in rust and go; ran kafka and postgres at scale for six years'.repeat(2);
    const own = resumeSignature(text)!;
    const handed = { values: new Uint32Array(own.values.length), bands: own.bands.map(() => 7) };
    handInSignatures(new Map([[text, handed]]));
    expect(resumeSignature(text)).toBe(handed);
    expect(resumeSignature(`${text} more`)).not.toBe(handed); // another text is worked out
    handInSignatures(undefined);
    expect(resumeSignature(text)).toEqual(own);
  });

  it('estimates the shingle overlap of two texts', () => {
    const a = resumeSignature(words(1, 200))!;
    const copy = resumeSignature(`${words(1, 200)} extra words at the end`)!;
    const other = resumeSignature(words(2, 200))!;
    expect(similarity(a, copy)).toBeGreaterThan(0.85);
    expect(similarity(a, other)).toBeLessThan(0.1);
  });

  // Signatures are kept in history stores (their bands, keyed): the same text must give the same
  // bands in every version, or earlier sightings stop matching. Pinned from the words-by-regex version.
  it('gives the same bands as before for text with accents, ligatures, CJK, full-width, astral letters and emoji', () => {
    const text =
      'Senior Software Engineer — Müller GmbH, Zürich. ﬁve years: Go/Rust, C++ & TypeScript; 東京 office, Ελληνικά docs, naïve café ＡＢＣ１２３ 𝐁𝐨𝐥𝐝 😀 x². Built APIs (REST, gRPC) for 10,000 users at Acme-Corp; led 3 teams. Résumé written in 2024 with n\u0303 and e\u0301 combining marks.';
    const signature = resumeSignature(text)!;
    expect(signature.bands).toEqual([
      2254628008, 5388998824, 8630240581, 15679508529, 19492854416, 24550268301, 28620258631, 32153151739, 37405157570, 38672394370, 46731072531, 47578798952, 55147357485, 59540700358,
      60630316468, 67028686901, 69429168770, 73287622311, 78639172970, 81893058920,
    ]);
    expect(Array.from(signature.values.slice(0, 8))).toEqual([20188956, 91387635, 38170312, 7866359, 130077711, 3250968, 58741516, 70742351]);
  });

  it('a copied resume with two words changed links; an unrelated one does not; two short texts say nothing', async () => {
    const text = words(3, 150);
    const changed = text.replace('w', 'x').replace(/w(\d+)$/, 'y$1');
    const { summary } = await links([candidate({ name: 'Ann Lee', resume: { text } }), candidate({ name: 'Bo Diaz', resume: { text: changed } }), candidate({ name: 'Cy Ray', resume: { text: words(4, 150) } })]);
    expect(summary).toEqual([['similar-resume', 'medium', ['Ann Lee', 'Bo Diaz']]]);
    expect(resumeSignature('Senior engineer, Go and Rust')).toBeUndefined();
  });
});

describe('fingerprints', () => {
  it('gives each linkable value once, normalised and masked', () => {
    const input = candidate({
      name: 'Ann Lee',
      email: 'Ann.Lee+jobs@GMail.com',
      phone: '(512) 555-0147',
      location: { country: 'US' },
      addresses: { home: FARM, shipping: '1200 EXAMPLE ROAD #4, PHOENIX, AZ 85001' },
      network: { ipAddresses: ['198.51.100.7'], logins: [{ ip: '198.51.100.7' }] },
      profiles: ['https://www.github.com/AnnLee/'],
    });
    const prints = fingerprints(input.loaded, {}).map((f) => [f.kind, f.key, f.display]);
    expect(prints).toEqual([
      ['address', expect.stringContaining('1200 example rd'), '••• Phoenix, AZ 85001, US'],
      ['phone', '+15125550147', '+1 •••47'],
      ['email', 'annlee@gmail.com', 'a•••@gmail.com'],
      ['ip', '198.51.100.7', 'IP 198.51.100.x'],
      ['profile', expect.stringMatching(/^github:annlee$/i), expect.stringMatching(/^profile github:/)],
    ]);
  });

  // A repository names its owner, who may be a project that many contributors list.
  it.each([
    ['https://github.com/kubernetes/kubernetes', []],
    ['https://github.com/facebook/react/pull/12345', []],
    ['https://github.com/orgs/acme', []],
    ['https://gitlab.com/gitlab-org/gitlab', []],
    ['https://github.com/AnnLee', ['github:annlee']],
    ['https://linkedin.com/in/ann-lee', ['linkedin:in/ann-lee']],
  ])('the profile link %s links as %j', (url, keys) => {
    const prints = fingerprints(candidate({ name: 'Ann Lee', profiles: [url] }).loaded, {});
    expect(prints.filter((f) => f.kind === 'profile').map((f) => f.key)).toEqual(keys);
  });
});

describe('displays', () => {
  // The linker keeps kind, key and detail and writes the display only for values that link.
  it('each fingerprint of the bundled dossiers and sheet rows has the display its key and detail give', async () => {
    let checked = 0;
    for await (const item of streamInputs(['fixtures/dossiers', 'fixtures/sheets/candidates.csv'], { allowOutside: true })) {
      if (!('dossier' in item)) continue;
      const photos = [{ hash: 'c3a5f0e1d2b49687', path: '$.photos[0]' }] as Gathered['photos'];
      for (const fp of fingerprints(item, { photos })) {
        expect(fp.display, `${item.origin.label} ${fp.kind}`).toBe(displayOf(fp.kind, fp.key, fp.detail));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('writes account numbers and IBANs masked from the key', () => {
    expect(displayOf('bank-account', 'account:021000021:12345678')).toBe('account ••••5678 (routing ••••0021)');
    expect(displayOf('bank-account', 'iban:DE89370400440532013000')).toBe('IBAN DE ••••3000');
    expect(displayOf('phone', '+15125550147')).toBe('+1 •••47');
  });
});

describe('one person entered twice is a duplicate, not a link', () => {
  const sharing = (names: string[]) => links(names.map((name) => candidate({ name, email: 'applicant@example.com' })));

  it.each([
    [['José García', 'Jose Garcia']],
    [['García, José', 'jose garcia']],
    [['Jose Garcia', 'J. Garcia']],
    [['JOSE GARCIA', 'José García', 'Garcia Jose']],
    [['Robert Smith', 'Bob Smith']], // a short form of the given name
  ])('%j share an email: no link', async (names) => {
    expect((await sharing(names)).summary).toEqual([]);
  });

  // Look-alikes that are other people: a link naming every one of them.
  it.each([[['John Lee', 'Jane Lee', 'J. Lee']], [['Jose Garcia', 'Jose Garcia Lopez']], [['Ann Lee', 'Anna Lee']], [['Jose Garcia', 'José García', 'Maria Garcia']], [['Robert Smith', 'Albert Smith']]])(
    '%j share an email: a link naming all of them',
    async (names) => {
      expect((await sharing(names)).summary).toEqual([['shared-email', 'high', names]]);
    },
  );

  it('a link is graded by the people in it, not the rows: four rows of three people at one address are medium', async () => {
    // The first lives there: a shipping-only link would be high from three people.
    const rows = (names: string[]) => names.map((name, n) => candidate({ name, addresses: { home: n === 0 ? FARM : home(n), shipping: FARM } }));
    expect((await links(rows(['Ann Lee', 'Bo Diaz', 'Cy Ray', 'Lee, Ann']))).summary).toEqual([['shared-address', 'medium', ['Ann Lee', 'Bo Diaz', 'Cy Ray', 'Lee, Ann']]]);
    expect((await links(rows(['Ann Lee', 'Bo Diaz', 'Cy Ray', 'Di Fox']))).summary).toEqual([['shared-address', 'high', ['Ann Lee', 'Bo Diaz', 'Cy Ray', 'Di Fox']]]);
  });
});
