// The disposable-address domains of the maintained `disposable-email-domains` package
// (https://github.com/ivolo/disposable-email-domains). Its list is large (about 2.4 MB of
// JSON), so it is read only when a dossier has an email, and only once per process.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { recentValues } from '../util/recent.js';

const require = createRequire(import.meta.url);

interface DisposableList {
  /** The package's index.json as bytes: a sorted array of JSON strings, one domain each. */
  exact: Buffer;
  /** Domains whose every subdomain is disposable too (the package's wildcard list). */
  wildcard: Set<string>;
}

let cached: DisposableList | undefined;

// The list is searched in its bytes, never parsed: parsing 2.4 MB and building a Set of 120,000
// names cost 40-100 ms and a garbage collection, in every thread of a batch. The package keeps
// the array sorted (its own test enforces it), so a binary search finds a name in ~17 steps.
function disposableList(): DisposableList {
  cached ??= {
    exact: readFileSync(require.resolve('disposable-email-domains/index.json')),
    wildcard: new Set(require('disposable-email-domains/wildcard.json') as string[]),
  };
  return cached;
}

const QUOTE = 0x22;
/** Bytes that may come before an opening quote in the array: never part of a domain name. */
const BEFORE_OPENING = new Set([0x5b, 0x2c, 0x20, 0x0a, 0x0d, 0x09]); // [ , space \n \r \t

/**
 * The first domain in the array whose opening quote is at or after byte `at`, as its text and
 * the byte after its closing quote; undefined past the last. Domain names hold no quote or
 * escape, so a quote opens a string exactly when the byte before it is `[`, `,` or a space.
 */
function entryFrom(bytes: Buffer, at: number): { name: string; end: number } | undefined {
  let open = bytes.indexOf(QUOTE, at);
  if (open > 0 && !BEFORE_OPENING.has(bytes[open - 1])) open = bytes.indexOf(QUOTE, open + 1);
  if (open < 0) return undefined;
  const close = bytes.indexOf(QUOTE, open + 1);
  if (close < 0) return undefined;
  return { name: bytes.toString('utf8', open + 1, close), end: close + 1 };
}

/** Answers already given: a sheet's candidates mostly share a few domains (gmail.com, the agency's). */
const answers = recentValues<boolean>(4096);

function listed(bytes: Buffer, domain: string): boolean {
  return answers('', domain, () => searched(bytes, domain));
}

/** Whether the sorted array in `bytes` holds `domain`: a binary search on byte offsets. */
function searched(bytes: Buffer, domain: string): boolean {
  let low = 0;
  let high = bytes.length;
  // Invariant: the first name >= domain opens at or after `low`, and the one found from `high` is >= domain.
  while (low < high) {
    const middle = (low + high) >>> 1;
    const entry = entryFrom(bytes, middle);
    if (entry && entry.name < domain) low = entry.end;
    else high = middle;
  }
  return entryFrom(bytes, low)?.name === domain;
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
