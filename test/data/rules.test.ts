// Every bundled rule file is valid: a build trusts its own rules at run time (src/data/load.ts),
// so this suite is where they are checked, each through the loader that the checks use.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleEnvelope, rulesDir } from '../../src/data/load.js';
import { addressAbbreviations } from '../../src/data/address-abbreviations.js';
import { freightForwarders, mailDropMarkers } from '../../src/data/address-markers.js';
import { correlationRules } from '../../src/data/correlation.js';
import { gradingPolicy } from '../../src/data/grading.js';
import { historyRules } from '../../src/data/history.js';
import { loginIps } from '../../src/data/login-ips.js';
import { nameWords } from '../../src/data/name-words.js';
import { paymentRisk } from '../../src/data/payment-risk.js';
import { dprkNetworkOf } from '../../src/data/dprk-networks.js';
import { sharesNumberingPlan } from '../../src/data/phone-plans.js';
import { photoSoftware } from '../../src/data/photo-software.js';
import { photoRules } from '../../src/data/photo.js';
import { resumeTemplates } from '../../src/data/resume-templates.js';
import { sheetColumns } from '../../src/data/sheet-columns.js';
import { sources } from '../../src/data/sources.js';
import { isCountryCode } from '../../src/data/countries.js';
import { timeSignals } from '../../src/data/time-signals.js';
import { claimedZone, tzdbVersion } from '../../src/data/timezones.js';
import { vpnProviders } from '../../src/data/vpn-providers.js';
import { isFreeMailDomain } from '../../src/data/free-mail-domains.js';
import { techRelease } from '../../src/data/tech-release-years.js';
import { builtinChecks } from '../../src/checks/index.js';

const loaders: Record<string, () => unknown> = {
  'address-abbreviations': addressAbbreviations,
  'freight-forwarders': freightForwarders,
  'mail-drop-markers': mailDropMarkers,
  correlation: correlationRules,
  grading: gradingPolicy,
  history: historyRules,
  'login-ips': loginIps,
  'name-words': nameWords,
  'payment-risk': paymentRisk,
  'dprk-networks': () => dprkNetworkOf('175.45.176.1'),
  'phone-plans': () => sharesNumberingPlan('GG', 'GB'),
  'photo-software': photoSoftware,
  photo: photoRules,
  'resume-templates': resumeTemplates,
  'sheet-columns': sheetColumns,
  sources,
  'time-signals': timeSignals,
  timezones: tzdbVersion,
  'timezone-names': () => claimedZone('Eastern', 'US'),
  'vpn-providers': vpnProviders,
  countries: () => isCountryCode('US'),
  'free-mail-domains': () => isFreeMailDomain('gmail.com'),
  'tech-release-years': () => techRelease('TypeScript'),
};

const ruleFiles = readdirSync(rulesDir()).filter((f) => f.endsWith('.json'));

describe('rules/', () => {
  it.each(ruleFiles)('%s carries id, description, sources, date and known false positives', (file) => {
    const content = JSON.parse(readFileSync(path.join(rulesDir(), file), 'utf8'));
    expect(ruleEnvelope.safeParse(content).error?.issues ?? []).toEqual([]);
    expect(content.id).toBe(file.replace(/\.json$/, ''));
  });

  it.each(Object.entries(loaders))('%s passes its loader\'s schema', (_name, load) => {
    expect(() => load()).not.toThrow();
  });

  it('every rule file has a loader tested here, except the sanctions list (tested with its screening)', () => {
    const tested = new Set([...Object.keys(loaders), 'ofac-sdn']);
    expect(ruleFiles.map((f) => f.replace(/\.json$/, '')).filter((n) => !tested.has(n))).toEqual([]);
  });

  it('every source a built-in check cites exists', () => {
    const known = sources();
    const missing = builtinChecks.flatMap((c) => c.sources.filter((s) => !known.has(s) && !s.startsWith('https://')).map((s) => `${c.id}: ${s}`));
    expect(missing).toEqual([]);
  });
});
