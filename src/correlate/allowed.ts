// Values the configuration says are the company's own: its offices (`allowAddresses`) and the
// contacts an agency writes in every row it sends (`allowContacts`). Many candidates giving one
// of them is normal, so they link nobody, in a run or across runs (the history never keeps them).

import type { CheckConfig } from '../types.js';
import { addressKeys, parseAddress } from '../util/address.js';
import { emailKey, phoneKey, withoutExtension } from '../util/contact-keys.js';
import type { Fingerprint, FingerprintKind } from './fingerprints.js';

export type AllowedValues = ReadonlyMap<FingerprintKind, ReadonlySet<string>>;

/** The configuration's own values as fingerprint keys, by kind; worked out once per configuration. */
export function allowedValues(config: CheckConfig): AllowedValues {
  let allowed = byConfig.get(config);
  if (!allowed) byConfig.set(config, (allowed = allowedKeys(config)));
  return allowed;
}

const byConfig = new WeakMap<CheckConfig, AllowedValues>();

/** An agency's switchboard number allows every extension of it. */
export function isAllowed(fp: Pick<Fingerprint, 'kind' | 'key' | 'altKey'>, allowed: AllowedValues): boolean {
  const own = allowed.get(fp.kind);
  if (!own || own.size === 0) return false;
  return own.has(fp.key) || (fp.altKey !== undefined && own.has(fp.altKey)) || (fp.kind === 'phone' && own.has(withoutExtension(fp.key)));
}

function allowedKeys(config: CheckConfig): AllowedValues {
  const contacts = config.allowContacts ?? [];
  const keys = (values: (string | undefined)[]) => new Set(values.filter((v): v is string => v !== undefined));
  return new Map<FingerprintKind, Set<string>>([
    ['address', keys((config.allowAddresses ?? []).flatMap((a) => addressKeys(parseAddress(a))))],
    ['email', keys(contacts.filter((c) => c.includes('@')).map((c) => emailKey(c)))],
    ['phone', keys(contacts.filter((c) => !c.includes('@')).map((c) => phoneKey(c)))],
  ]);
}
