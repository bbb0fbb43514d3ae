import type { Check, Gathered, KnownBadLists, LoadedDossier, Problem } from '../../types.js';
import type { Dossier } from '../../dossier/schema.js';
import { fingerprints, keysOf, type FingerprintKind } from '../../correlate/fingerprints.js';
import { hammingDistance } from '../../photo/hash.js';
import { photoRules } from '../../data/photo.js';

/** Which configured list a fingerprint kind is matched against, and how the list is named. */
const LIST_OF: Partial<Record<FingerprintKind, { list: keyof KnownBadLists; label: string }>> = {
  address: { list: 'addresses', label: 'addresses' },
  phone: { list: 'phones', label: 'phones' },
  email: { list: 'emails', label: 'emails' },
  'crypto-wallet': { list: 'wallets', label: 'wallets' },
  'bank-account': { list: 'accounts', label: 'accounts' },
  photo: { list: 'photoHashes', label: 'photo hashes' },
};

export const check: Check = {
  id: 'correlation.known-bad',
  title: 'Value matches a past confirmed case',
  description:
    "Facilitators reuse one shipping address, phone, bank account or wallet across many identities (the DOJ cases describe laptop farms hosting dozens of them). The configuration's knownBad lists hold the values of cases your team has confirmed; a candidate who shares one is tied to that case.",
  sources: ['doj-2025-06-30-enablers', 'doj-2024-05-16-chapman', 'fbi-psa-2024-05-16'],
  recommendation:
    'Pause onboarding and ship nothing; compare this candidate with the confirmed case the value belongs to, and verify identity in person before going further.',
  severity: 'high',
  confidence: 'high',
  needs: [],
  run({ dossier, origin, gathered, config }) {
    const lists = config.knownBad;
    if (!lists || Object.values(lists).every((l) => !l?.length)) return { skip: 'no knownBad lists in the configuration' };
    const known = knownKeys(lists);
    const distance = photoRules().hash.matchDistance;
    const problems: Problem[] = [];
    for (const fp of fingerprints({ dossier, origin, index: 0, warnings: [] }, gathered)) {
      const target = LIST_OF[fp.kind];
      if (!target) continue;
      const keys = known.get(fp.kind) ?? [];
      const hit = fp.kind === 'photo' ? keys.some((k) => hammingDistance(k, fp.key) <= distance) : keysOf(fp).some((k) => keys.includes(k));
      if (hit) problems.push({ path: fp.path, evidence: `${fp.display} is on the configuration's known-bad ${target.label} list` });
    }
    return problems;
  },
};

const cache = new WeakMap<KnownBadLists, Map<FingerprintKind, string[]>>();

/**
 * The configured values as fingerprint keys, normalised by the very code that fingerprints a
 * candidate: each value is put into a one-field dossier and fingerprinted. Computed once per run.
 */
export function knownKeys(lists: KnownBadLists): Map<FingerprintKind, string[]> {
  const cached = cache.get(lists);
  if (cached) return cached;
  const keys = new Map<FingerprintKind, string[]>();
  const add = (fields: Partial<Dossier>, gathered: Gathered = {}) => {
    for (const fp of fingerprints(asLoaded(fields), gathered)) keys.set(fp.kind, [...(keys.get(fp.kind) ?? []), ...keysOf(fp)]);
  };
  for (const a of lists.addresses ?? []) add({ addresses: { shipping: a } });
  for (const p of lists.phones ?? []) add({ phone: p });
  for (const e of lists.emails ?? []) add({ email: e });
  for (const w of lists.wallets ?? []) add({ payment: { cryptoAddress: w } });
  for (const a of lists.accounts ?? []) add({ payment: accountFields(a) });
  for (const h of lists.photoHashes ?? []) add({}, { photos: [{ path: '$.photos[0]', role: 'other', hash: h.toLowerCase() }] });
  cache.set(lists, keys);
  return keys;
}

/** An IBAN, or a US account as `routing/account`. */
function accountFields(value: string): NonNullable<Dossier['payment']> {
  const [routing, account] = value.split('/');
  return account === undefined ? { iban: value } : { routingNumber: routing, accountNumber: account };
}

function asLoaded(fields: Partial<Dossier>): LoadedDossier {
  return { dossier: { name: 'known-bad', ...fields } as Dossier, origin: { label: 'config', file: 'config', baseDir: '.' }, index: 0, warnings: [] };
}
