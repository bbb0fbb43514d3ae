// The disposable-address domains of the maintained `disposable-email-domains` package
// (https://github.com/ivolo/disposable-email-domains). Its list is large (about 2.4 MB of
// JSON), so it is read only when a dossier has an email, and only once per process.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface DisposableList {
  /** The package's index.json as bytes: one JSON string per domain (ASCII). */
  exact: Buffer;
  /** Domains whose every subdomain is disposable too (the package's wildcard list). */
  wildcard: Set<string>;
}

let cached: DisposableList | undefined;

// The 2.4 MB list is searched as text rather than parsed into a Set: parsing it and building the
// Set cost ~40 ms and a garbage collection on every run with an email. Domain names never need
// JSON escapes, so `"name"` occurs in the text exactly when the list holds `name`.
function disposableList(): DisposableList {
  cached ??= {
    // Bytes, not text: decoding 2.4 MB as UTF-8 would cost more than the one search a dossier needs.
    exact: readFileSync(require.resolve('disposable-email-domains/index.json')),
    wildcard: new Set(require('disposable-email-domains/wildcard.json') as string[]),
  };
  return cached;
}

let lookups = 0;
let asSet: Set<string> | undefined;

/**
 * A single dossier searches the text (cheap once); a batch of thousands would search 2.4 MB per
 * candidate, so after a few lookups the list is parsed into a Set once and used from then on.
 */
function listed(bytes: Buffer, domain: string): boolean {
  if (asSet) return asSet.has(domain);
  if (++lookups > 8) {
    asSet = new Set(JSON.parse(bytes.toString('utf8')) as string[]);
    return asSet.has(domain);
  }
  // The file holds each domain as plain UTF-8 between quotes (no JSON escapes in domain names).
  return !domain.includes('"') && !domain.includes('\\') && bytes.includes(`"${domain}"`, 0, 'utf8');
}

/**
 * The listed domain that makes `domain` disposable, or undefined. A subdomain of a listed
 * domain counts (`x.mailinator.com`), because the services hand out subdomains freely.
 */
export function disposableDomainOf(domain: string): string | undefined {
  const { exact, wildcard } = disposableList();
  const labels = domain.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const candidate = labels.slice(i).join('.');
    if (listed(exact, candidate) || wildcard.has(candidate)) return candidate;
  }
  return undefined;
}

/** The package version, for the report's list of reference data. */
export function disposableListVersion(): string {
  return (require('disposable-email-domains/package.json') as { version: string }).version;
}
