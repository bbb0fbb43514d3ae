// Links between the candidates of one run, by hashing: each value goes into a map from key to
// candidates, photos into a multi-index of hash segments, resumes into LSH band buckets.
// Nothing compares all pairs, so a sheet of 100,000 rows links in about the time it takes to read.

import type { Check, Correlation, Finding, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import { correlationRules, type CorrelationRules } from '../data/correlation.js';
import { referencesFor } from '../data/sources.js';
import { photoRules } from '../data/photo.js';
import { hammingDistance } from '../photo/hash.js';
import { segmentsOf, withinRadius, SEGMENTS } from '../history/photo-index.js';
import { correlationChecks } from '../checks/correlation/index.js';
import { allowedValues, isAllowed, type AllowedValues } from './allowed.js';
import { displayOf, type Fingerprint, type FingerprintKind } from './fingerprints.js';
import type { CorrelationOptions, CorrelationResult, Linkable } from './index.js';
import { Buckets, UnionFind } from './structures.js';
import { firstOthers, pushTo } from '../util/collections.js';
import { nameKey, samePersonName } from '../names/normalize.js';
import { nameWords } from '../data/name-words.js';
import { ResumeIndex } from './resume-index.js';

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
  /** Position in the order candidates were added. */
  member: number;
  fp: Fingerprint;
}

/** Candidates sharing one value: by member, the fingerprints that put them there. */
interface Cluster {
  kind: FingerprintKind;
  prints: Print[];
}

/** What a link says about one candidate: who it is and where it was read (the dossier itself is not kept). */
interface Member {
  index: number;
  candidate: Correlation['candidates'][number];
  /** Home address key and its other key (`altKey`), for the household rule: fields, not an array per member. */
  home?: string;
  homeAlt?: string;
}

/**
 * Links built as candidates arrive: each candidate's values go into the hash maps at once and
 * its dossier can be let go, so a sheet of 100,000 rows keeps only the fingerprints, never every
 * dossier, until the end. The result is the same as linking the whole list in one go.
 */
export class Linker {
  private readonly rules = correlationRules();
  private readonly allowed: AllowedValues;
  private readonly members: Member[] = [];
  /**
   * Fingerprints matched by equal keys: their member and parts, one list each, without a wrapper
   * object or the display (a 100,000-row sheet has half a million, almost all never linked; the
   * display is written for those that link), and one bucket map per kind, keyed by the key string.
   */
  private readonly exactMembers: number[] = [];
  private readonly exactKinds: FingerprintKind[] = [];
  private readonly exactKeys: string[] = [];
  private readonly exactPaths: string[] = [];
  private readonly exactDetails: (string | undefined)[] = [];
  private readonly byValue = new Map<FingerprintKind, Buckets<string>>();
  private readonly photos: Print[] = [];
  private readonly resumes: ResumeIndex;

  constructor(private readonly options: CorrelationOptions) {
    this.allowed = allowedValues(options.config ?? {});
    this.resumes = new ResumeIndex(this.rules.resume.minSimilarity);
  }

  add({ index, candidate, prints }: Linkable): void {
    const member = this.members.length;
    const home = prints.find((fp) => fp.path === '$.addresses.home');
    this.members.push({ index, candidate, home: home?.key, homeAlt: home?.altKey });
    for (const fp of prints) {
      // The company's own offices and contacts: many hires shipping or written there is normal.
      if (isAllowed(fp, this.allowed)) continue;
      if (fp.kind === 'photo') this.photos.push({ member, fp });
      else if (fp.kind === 'resume') {
        if (fp.signature) this.resumes.add({ member, path: fp.path }, fp.signature);
      }
      else this.addExact(member, fp);
    }
  }

  private addExact(member: number, fp: Fingerprint): void {
    let buckets = this.byValue.get(fp.kind);
    if (!buckets) this.byValue.set(fp.kind, (buckets = new Buckets<string>()));
    const index = this.exactMembers.length;
    buckets.add(fp.key, index);
    if (fp.altKey !== undefined) buckets.add(fp.altKey, index);
    this.exactMembers.push(member);
    this.exactKinds.push(fp.kind);
    this.exactKeys.push(fp.key);
    this.exactPaths.push(fp.path);
    this.exactDetails.push(fp.detail);
  }

  finish(): CorrelationResult {
    const { rules, options, members } = this;
    const clusters = [...this.exactClusters(), ...photoClusters(this.photos), ...this.resumeClusters()];
    const result: CorrelationResult = { correlations: [], findings: new Map() };
    const checks = new Map(correlationChecks.map((c) => [c.id, c]));
    for (const cluster of clusters) {
      const check = checks.get(`correlation.${KIND_OF[cluster.kind]}`);
      const configured = check && options.severities?.[check.id];
      if (!check || configured === 'off') continue;
      const ids = distinctMembers(cluster);
      const people = peopleAmong(ids.map((m) => members[m].candidate.name));
      if (people < 2) continue; // one person's two rows is a duplicate, not a link
      const household = isHousehold(ids, members, rules);
      const severity = configured ?? severityOf(KIND_OF[cluster.kind], people, household, rules, isShippingOnly(cluster));
      addLink(result, { cluster, members: ids, check, severity, household, all: members, rules });
    }
    result.correlations.sort((a, b) => rank(b.severity) - rank(a.severity) || b.candidates.length - a.candidates.length);
    return result;
  }

  private exactClusters(): Cluster[] {
    // In the order of each value's first fingerprint, whatever its kind.
    const shared = [...this.byValue.values()].flatMap((buckets) => mergedOverlapping(buckets.shared())).sort((a, b) => a[0] - b[0]);
    return shared
      .map((group) => group.map((i): Print => ({ member: this.exactMembers[i], fp: this.exactPrint(i) })))
      .filter(spansMembers)
      .map((group) => ({ kind: group[0].fp.kind, prints: group }));
  }

  private exactPrint(i: number): Fingerprint {
    const kind = this.exactKinds[i];
    const key = this.exactKeys[i];
    const detail = this.exactDetails[i];
    return { kind, key, display: displayOf(kind, key, detail), path: this.exactPaths[i] };
  }

  private resumeClusters(): Cluster[] {
    return this.resumes
      .groups()
      .map((group) => ({ kind: 'resume' as const, prints: group.map(({ member, path }): Print => ({ member, fp: { kind: 'resume', key: '', display: displayOf('resume', ''), path } })) }))
      .filter((c) => spansMembers(c.prints));
  }
}

/**
 * Groups of fingerprints sharing a key, merged where one fingerprint is in two (its key and an
 * `altKey` each shared): one address written with its postal code, by some without it.
 */
function mergedOverlapping(groups: number[][]): number[][] {
  const groupOf = new Map<number, number>();
  let overlap = false;
  groups.forEach((group, g) => {
    for (const i of group) {
      if (groupOf.has(i)) overlap = true;
      else groupOf.set(i, g);
    }
  });
  if (!overlap) return groups;
  const sets = new UnionFind(groups.length);
  groups.forEach((group, g) => {
    for (const i of group) sets.union(g, groupOf.get(i)!);
  });
  return sets.groups().map((ids) => [...new Set(ids.flatMap((g) => groups[g]))].sort((a, b) => a - b));
}

/**
 * Multi-index hashing: two hashes within t bits agree within floor(t / 4) bits on at least one
 * of their four 16-bit segments (pigeonhole), so probing each segment's neighbours finds every
 * match. Equal hashes are merged first, so one picture used a thousand times costs one probe.
 */
function photoClusters(prints: Print[]): Cluster[] {
  const byHash = groupBy(prints, (p) => p.fp.key);
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

function spansMembers(prints: Print[]): boolean {
  return prints.some((p) => p.member !== prints[0].member);
}

function distinctMembers(cluster: Cluster): number[] {
  return [...new Set(cluster.prints.map((p) => p.member))].sort((a, b) => a - b);
}

/**
 * How many people the names are: an applicant entered twice as `José García` and `Garcia, Jose`
 * is one person, and one person's rows are duplicates, not a link. Names are one person when
 * they are the same words (`nameKey`); a name with an initial (`J. Garcia`) or a short given name
 * (`Bob Smith`, `Robert Smith`) joins another only when it fits exactly one, so `J. Lee` never
 * makes `John Lee` and `Jane Lee` one person.
 */
function peopleAmong(names: string[]): number {
  const keys = [...new Set(names.map(nameKey))];
  if (keys.length > MAX_NAMES_COMPARED) return keys.length;
  const people = new UnionFind(keys.length);
  const words = nameWords();
  keys.forEach((key, i) => {
    if (!/(^| )\p{L}( |$)/u.test(key) && !key.split(' ').some((word) => words.hasShortForms(word))) return;
    const fits = keys.flatMap((other, j) => (j !== i && samePersonName(key, other) ? [j] : []));
    if (fits.length === 1) people.union(i, fits[0]);
  });
  return people.groups().length;
}

/** Names compared pairwise within one link, at most: a larger cluster is counted without it. */
const MAX_NAMES_COMPARED = 200;

/** Two home addresses meet on a key of either: the same home written with and without its postal code. */
function sameHome(a: Member, b: Member): boolean {
  if (a.home === undefined) return false;
  return a.home === b.home || a.home === b.homeAlt || (a.homeAlt !== undefined && (a.homeAlt === b.home || a.homeAlt === b.homeAlt));
}

/** Everyone in the link gives one and the same home address, and they are few: a family or flatmates. */
function isHousehold(ids: number[], members: Member[], rules: CorrelationRules): boolean {
  const first = members[ids[0]];
  if (first.home === undefined || ids.length > rules.household.maxMembers) return false;
  return ids.every((m) => sameHome(members[m], first));
}

/** An address link in which no member gives the address as their home: where equipment would go, not where anyone lives. */
function isShippingOnly(cluster: Cluster): boolean {
  return cluster.kind === 'address' && cluster.prints.every((p) => p.fp.path !== '$.addresses.home');
}

function severityOf(kind: string, size: number, household: boolean, rules: CorrelationRules, shippingOnly = false): Severity {
  const own = rules.kinds[kind];
  const steps = (shippingOnly ? own?.shippingOnlyBySize : undefined) ?? own?.bySize ?? [{ atLeast: 2, severity: 'medium' as const }];
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
  all: Member[];
  rules: CorrelationRules;
}

function addLink(result: CorrelationResult, ctx: LinkContext): void {
  const { cluster, members, check, severity, all } = ctx;
  const kind = KIND_OF[cluster.kind];
  const candidates = members.map((m) => ({ ...all[m].candidate }));
  result.correlations.push({ check: check.id, kind, value: cluster.prints[0].fp.display, severity, candidates });
  const references = referencesFor(check.sources, check.id);
  const confidence = ctx.household ? 'low' : (ctx.rules.kinds[kind]?.confidence ?? check.confidence);
  // Each member's own print, looked up once: a link may hold every row of a sheet (an agency's
  // office as everyone's shipping address), where a search per member made the run quadratic.
  const ownPrint = new Map<number, Fingerprint>();
  for (const p of cluster.prints) if (!ownPrint.has(p.member)) ownPrint.set(p.member, p.fp);
  for (const m of members) {
    const own = ownPrint.get(m)!;
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
    pushTo(result.findings, all[m].index, finding);
  }
}

/** `shipping address ••• Phoenix, AZ 85001, US is also given by 3 other candidates: Dana Moss (REQ-2, row 5), ...`. */
function evidenceFor(own: Fingerprint, member: number, ctx: LinkContext): string {
  // The first few others and their count, never the list of all others for each member (quadratic in a large link).
  const others = ctx.members.length - 1;
  const listed = firstOthers(ctx.members, (m) => m === member, ctx.rules.evidence.namesListed).map((m) => describeCandidate(ctx.all[m].candidate));
  const more = others > listed.length ? ` and ${others - listed.length} more` : '';
  const who = `${others} other candidate${others === 1 ? '' : 's'}: ${listed.join(', ')}${more}`;
  const household = ctx.household ? '; all give it as their home address (a household is a common benign reason)' : '';
  const verb = own.kind === 'resume' ? `is a near-duplicate (estimated word overlap at least ${Math.round(ctx.rules.resume.minSimilarity * 100)}%) of the resume of` : own.kind === 'photo' ? `matches the photo of` : 'is also given by';
  return `${what(own)} ${verb} ${who}${household}`;
}

function what(fp: Fingerprint): string {
  if (fp.kind === 'address') return `${fp.path.includes('home') ? 'home' : fp.path.includes('Changes') ? 'requested shipping' : 'shipping'} address ${fp.display}`;
  if (fp.kind === 'resume' || fp.kind === 'photo') return fp.kind === 'resume' ? 'resume text' : fp.display;
  return `${fp.kind.replace('-', ' ')} ${fp.display}`;
}

/** `Dana Moss (REQ-2, row 5)`: a candidate as links and referrals name them. */
export function describeCandidate(candidate: Member['candidate']): string {
  const where = candidate.row !== undefined ? `row ${candidate.row}` : candidate.source;
  return `${candidate.name} (${[candidate.id, where].filter(Boolean).join(', ')})`;
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) pushTo(out, keyOf(item), item);
  return out;
}

