import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { disposableDomainOf } from '../../src/data/disposable-domains.js';

const require = createRequire(import.meta.url);
const listed = require('disposable-email-domains/index.json') as string[];

// The lookup is a binary search in the package's bytes: these cases pin its edges (the first and
// last names, names that are prefixes of listed ones, names that sort between two listed ones).
describe('the disposable-domain list', () => {
  it('finds every name the package lists, the first and the last included', () => {
    const missed = listed.filter((domain) => disposableDomainOf(domain) !== domain);
    expect(missed).toEqual([]);
    expect(listed.length).toBeGreaterThan(100_000);
  });

  it.each([
    ['mailinator.com', 'mailinator.com'],
    ['MAILINATOR.COM.', 'mailinator.com'], // case and a trailing dot do not hide it
    ['x.y.mailinator.com', 'mailinator.com'], // a subdomain of a listed domain
    ['gmail.com', undefined],
    ['mailinator.co', undefined], // a prefix of a listed name is not listed
    ['mailinator.comm', undefined], // nor is a name a listed one is the prefix of
    ['aaaaaa.invalid', undefined],
    ['zzzzzzzzzzzz.com', undefined], // past the last name
    ['00000.com', undefined], // before the first
    ['"mailinator.com"', undefined], // quotes are never part of a name
  ])('%s -> %s', (domain, expected) => {
    expect(disposableDomainOf(domain)).toBe(expected);
  });

  it('finds nothing for names that sort between two listed ones', () => {
    const set = new Set(listed);
    // `name` + '0' sorts right after `name`, before the next listed one; with a dash the parent
    // domain changes too (`a.com-0`), so no listed parent can make it disposable.
    const between = listed.filter((_, i) => i % 499 === 0).map((domain) => `${domain}-0`).filter((name) => !set.has(name));
    expect(between.length).toBeGreaterThan(200);
    expect(between.filter((name) => disposableDomainOf(name) !== undefined)).toEqual([]);
  });
});
