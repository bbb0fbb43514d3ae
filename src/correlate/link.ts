// Links between the candidates of one run, by hashing: each value goes into a map from key to
// candidates, photos into a multi-index of hash segments, resumes into LSH band buckets.
// Nothing compares all pairs, so a sheet of 100,000 rows links in about the time it takes to read.

import type { Check, CheckConfig, Correlation, Finding, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import { correlationRules, type CorrelationRules } from '../data/correlation.js';
import { referencesFor } from '../data/sources.js';
import { photoRules } from '../data/photo.js';
import { hammingDistance } from '../photo/hash.js';
import { segmentsOf, withinRadius, SEGMENTS } from '../history/photo-index.js';
import { correlationChecks } from '../checks/correlation/index.js';
import { addressKey } from '../util/address.js';
import { fingerprints, type Fingerprint, type FingerprintKind } from './fingerprints.js';
import { similarity } from './minhash.js';
import type { CorrelationInput, CorrelationOptions, CorrelationResult } from './index.js';

/** Correlation kind (the check id after `correlation.`) of each fingerprint kind. */
const KIND_OF: Record<FingerprintKind, string> = {
  address: 'shared-address',
  phone: 'shared-phone',
  email: 'shared-email',
  'bank-account': 'shared-bank-account',
  'crypto-wallet': 'shared-crypto-wallet',
  photo: 'shared-photo',
  resume: 'similar-resume',
  ip: 'shared-ip',
  profile: 'shared-profile',
};

interface Print {
  /** Position in the inputs array. */
  member: number;
  fp: Fingerprint;
}

/** Candidates sharing one value: by member, the fingerprints that put them there. */
interface Cluster {
  kind: FingerprintKind;
  prints: Print[];
}

export function link(inputs: CorrelationInput[], options: CorrelationOptions): CorrelationResult {
  const rules = correlationRules();
  const { prints, homes } = collectPrints(inputs, options.config ?? {});
  const clusters = [...exactClusters(prints), ...photoClusters(prints), ...resumeClusters(prints, rules)];
  const result: CorrelationResult = { correlations: [], findings: new Map() };
  const checks = new Map(correlationChecks.map((c) => [c.id, c]));
  for (const cluster of clusters) {
    const check = checks.get(`correlation.${KIND_OF[cluster.kind]}`);
    const configured = check && options.severities?.[check.id];
    if (!check || configured === 'off') continue;
    const members = distinctMembers(cluster);
    const names = new Set(members.map((m) => normalisedName(inputs[m].loaded.dossier.name)));
    if (names.size < 2) continue; // one person's two rows is a duplicate, not a link
    const household = isHousehold(members, homes, rules);
    const severity = configured ?? severityOf(KIND_OF[cluster.kind], names.size, household, rules);
    addLink(result, { cluster, members, check, severity, household, inputs, rules });
  }
  result.correlations.sort((a, b) => rank(b.severity) - rank(a.severity) || b.candidates.length - a.candidates.length);
  return result;
}

/** Every member's fingerprints, and each member's home address key (for the household rule). */
function collectPrints(inputs: CorrelationInput[], config: CheckConfig): { prints: Print[]; homes: (string | undefined)[] } {
  const allowed = new Set((config.allowAddresses ?? []).map((a) => addressKey(a)));
  const all: Print[] = [];
  const homes: (string | undefined)[] = [];
  inputs.forEach((input, member) => {
    const prints = fingerprints(input.loaded, input.gathered);
    homes.push(prints.find((fp) => fp.path === '$.addresses.home')?.key);
    for (const fp of prints) {
      // The company's own offices: shipping many laptops there is normal.
      if (fp.kind === 'address' && allowed.has(fp.key)) continue;
      all.push({ member, fp });
    }
  });
  return { prints: all, homes };
}

function exactClusters(prints: Print[]): Cluster[] {
  const byValue = new Buckets<string>();
  prints.forEach((p, i) => {
    if (p.fp.kind !== 'photo' && p.fp.kind !== 'resume') byValue.add(`${p.fp.kind}\u0000${p.fp.key}`, i);
  });
  return byValue
    .shared()
    .map((group) => group.map((i) => prints[i]))
    .filter(spansMembers)
    .map((group) => ({ kind: group[0].fp.kind, prints: group }));
}

/**
 * Multi-index hashing: two hashes within t bits agree within floor(t / 4) bits on at least one
 * of their four 16-bit segments (pigeonhole), so probing each segment's neighbours finds every
 * match. Equal hashes are merged first, so one picture used a thousand times costs one probe.
 */
function photoClusters(prints: Print[]): Cluster[] {
  const byHash = groupBy(prints.filter((p) => p.fp.kind === 'photo'), (p) => p.fp.key);
  const hashes = [...byHash.keys()];
  const maxDistance = photoRules().hash.matchDistance;
  const radius = Math.floor(maxDistance / SEGMENTS);
  const index: Map<number, number[]>[] = Array.from({ length: SEGMENTS }, () => new Map());
  const sets = new UnionFind(hashes.length);
  hashes.forEach((hash, i) => {
    const segments = segmentsOf(hash);
    const seen = new Set<number>();
    segments.forEach((segment, s) => {
      for (const probe of withinRadius(segment, radius)) {
        for (const j of index[s].get(probe) ?? []) {
          if (seen.has(j)) continue;
          seen.add(j);
          if (hammingDistance(hash, hashes[j]) <= maxDistance) sets.union(i, j);
        }
      }
    });
    segments.forEach((segment, s) => pushTo(index[s], segment, i));
  });
  return sets.groups().map((group) => ({ kind: 'photo' as const, prints: group.flatMap((i) => byHash.get(hashes[i]) ?? []) })).filter((c) => spansMembers(c.prints));
}

/** LSH: resumes sharing a band bucket are candidates; the signature's agreement confirms them. */
function resumeClusters(prints: Print[], rules: CorrelationRules): Cluster[] {
  const bySignature = groupBy(prints.filter((p) => p.fp.kind === 'resume'), (p) => p.fp.key);
  const unique = [...bySignature.values()];
  const buckets = new Buckets<number>();
  const sets = new UnionFind(unique.length);
  unique.forEach((group, i) => {
    const signature = group[0].fp.signature;
    if (!signature) return;
    const checked = new Set<number>();
    for (const band of signature.bands) {
      for (const j of buckets.get(band)) {
        if (checked.has(j)) continue;
        checked.add(j);
        const other = unique[j][0].fp.signature;
        if (other && similarity(signature, other) >= rules.resume.minSimilarity) sets.union(i, j);
      }
      buckets.add(band, i);
    }
  });
  return sets.groups().map((group) => ({ kind: 'resume' as const, prints: group.flatMap((i) => unique[i]) })).filter((c) => spansMembers(c.prints));
}

function spansMembers(prints: Print[]): boolean {
  return prints.some((p) => p.member !== prints[0].member);
}

function distinctMembers(cluster: Cluster): number[] {
  return [...new Set(cluster.prints.map((p) => p.member))].sort((a, b) => a - b);
}

function normalisedName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Everyone in the link gives one and the same home address, and they are few: a family or flatmates. */
function isHousehold(members: number[], homes: (string | undefined)[], rules: CorrelationRules): boolean {
  const home = homes[members[0]];
  return home !== undefined && members.length <= rules.household.maxMembers && members.every((m) => homes[m] === home);
}

function severityOf(kind: string, size: number, household: boolean, rules: CorrelationRules): Severity {
  const steps = rules.kinds[kind]?.bySize ?? [{ atLeast: 2, severity: 'medium' as const }];
  const bySize = [...steps].sort((a, b) => b.atLeast - a.atLeast).find((s) => size >= s.atLeast)?.severity ?? steps[0].severity;
  const cap = household ? rules.household.cap[kind] : undefined;
  return cap !== undefined && rank(cap) < rank(bySize) ? cap : bySize;
}

const rank = (s: Severity) => SEVERITIES.indexOf(s);

interface LinkContext {
  cluster: Cluster;
  members: number[];
  check: Check;
  severity: Severity;
  household: boolean;
  inputs: CorrelationInput[];
  rules: CorrelationRules;
}

function addLink(result: CorrelationResult, ctx: LinkContext): void {
  const { cluster, members, check, severity, inputs } = ctx;
  const kind = KIND_OF[cluster.kind];
  const candidates = members.map((m) => candidateOf(inputs[m]));
  result.correlations.push({ check: check.id, kind, value: cluster.prints[0].fp.display, severity, candidates });
  const references = referencesFor(check.sources, check.id);
  const confidence = ctx.household ? 'low' : (ctx.rules.kinds[kind]?.confidence ?? check.confidence);
  for (const m of members) {
    const own = cluster.prints.find((p) => p.member === m)!.fp;
    const finding: Finding = {
      check: check.id,
      severity,
      confidence,
      title: check.title,
      evidence: evidenceFor(own, m, ctx),
      path: own.path,
      references,
      recommendation: check.recommendation,
    };
    const index = inputs[m].loaded.index;
    const list = result.findings.get(index);
    if (list) list.push(finding);
    else result.findings.set(index, [finding]);
  }
}

function candidateOf(input: CorrelationInput): Correlation['candidates'][number] {
  const { dossier, origin } = input.loaded;
  return { ...(dossier.id !== undefined && { id: dossier.id }), name: dossier.name, source: origin.label, ...(origin.row !== undefined && { row: origin.row }) };
}

/** `shipping address ••• Phoenix, AZ 85001, US is also given by 3 other candidates: Dana Moss (REQ-2, row 5), ...`. */
function evidenceFor(own: Fingerprint, member: number, ctx: LinkContext): string {
  const others = ctx.members.filter((m) => m !== member);
  const listed = others.slice(0, ctx.rules.evidence.namesListed).map((m) => describeCandidate(ctx.inputs[m]));
  const more = others.length > listed.length ? ` and ${others.length - listed.length} more` : '';
  const who = `${others.length} other candidate${others.length === 1 ? '' : 's'}: ${listed.join(', ')}${more}`;
  const household = ctx.household ? '; all give it as their home address (a household is a common benign reason)' : '';
  const verb = own.kind === 'resume' ? `is a near-duplicate (estimated word overlap at least ${Math.round(ctx.rules.resume.minSimilarity * 100)}%) of the resume of` : own.kind === 'photo' ? `matches the photo of` : 'is also given by';
  return `${what(own)} ${verb} ${who}${household}`;
}

function what(fp: Fingerprint): string {
  if (fp.kind === 'address') return `${fp.path.includes('home') ? 'home' : fp.path.includes('Changes') ? 'requested shipping' : 'shipping'} address ${fp.display}`;
  if (fp.kind === 'resume' || fp.kind === 'photo') return fp.kind === 'resume' ? 'resume text' : fp.display;
  return `${fp.kind.replace('-', ' ')} ${fp.display}`;
}

function describeCandidate(input: CorrelationInput): string {
  const { dossier, origin } = input.loaded;
  const where = origin.row !== undefined ? `row ${origin.row}` : origin.label;
  return `${dossier.name} (${[dossier.id, where].filter(Boolean).join(', ')})`;
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) pushTo(out, keyOf(item), item);
  return out;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Keys to the indexes that gave them. In a large sheet almost every key (an address, a resume
 * band) is given once: a lone index is kept as a number, and only a shared key gets an array
 * (one array per key was most of the memory of a 100,000-row run).
 */
class Buckets<K> {
  private readonly lone = new Map<K, number>();
  private readonly many = new Map<K, number[]>();

  add(key: K, index: number): void {
    const list = this.many.get(key);
    if (list) list.push(index);
    else if (this.lone.has(key)) {
      this.many.set(key, [this.lone.get(key)!, index]);
      this.lone.delete(key);
    } else this.lone.set(key, index);
  }

  get(key: K): number[] {
    const first = this.lone.get(key);
    return first !== undefined ? [first] : (this.many.get(key) ?? []);
  }

  /** The keys given more than once, in the order their first index was added. */
  shared(): number[][] {
    return [...this.many.values()].sort((a, b) => a[0] - b[0]);
  }
}

class UnionFind {
  private parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
  /** Every set, singletons included: a singleton may stand for several candidates with one identical value. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) pushTo(byRoot, this.find(i), i);
    return [...byRoot.values()];
  }
}
