// The disposable-address domains of the maintained `disposable-email-domains` package
// (https://github.com/ivolo/disposable-email-domains). Its list is large (about 2.4 MB of
// JSON), so it is read only when a dossier has an email, and only once per process.

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface DisposableList {
  exact: Set<string>;
  /** Domains whose every subdomain is disposable too (the package's wildcard list). */
  wildcard: Set<string>;
}

let cached: DisposableList | undefined;

function disposableList(): DisposableList {
  cached ??= {
    exact: new Set(require('disposable-email-domains') as string[]),
    wildcard: new Set(require('disposable-email-domains/wildcard.json') as string[]),
  };
  return cached;
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
    if (exact.has(candidate) || wildcard.has(candidate)) return candidate;
  }
  return undefined;
}

/** The package version, for the report's list of reference data. */
export function disposableListVersion(): string {
  return (require('disposable-email-domains/package.json') as { version: string }).version;
}
