// The engine: dossiers + checks + rule data -> reports. Prints nothing.

import type { CandidateReport, Check, CheckInfo, CheckConfig, Finding, Gathered, LoadedDossier, Origin, Rejected, RunReport, Severity, Skipped } from './types.js';
import { SEVERITIES } from './types.js';
import { grade } from './grade.js';
import { gradingPolicy, type GradingPolicy } from './data/grading.js';
import { referencesFor } from './data/sources.js';
import { isPresent, valueAtKeys } from './util/fields.js';
import { gatherers, type GatherOptions, type HistoryLookup } from './gather/index.js';
import { Correlator } from './correlate/index.js';
import { applyReferrals, type Referral } from './correlate/referrals.js';
import { VERSION } from './version.js';
import type { HistorySession, KeyedCandidate } from './history/session.js';
import { historyLookup, keyedCandidate, recordHistory } from './history/remember.js';
import { fingerprints, type Fingerprint } from './correlate/fingerprints.js';
import { byCodeUnits } from './util/order.js';
import type { InputItem } from './dossier/inputs.js';

export interface VetOptions {
  checks: Check[];
  /** Per-check severity, or 'off' to not run it (from the config file). */
  severities?: Record<string, Severity | 'off'>;
  config?: CheckConfig;
  /** The grading policy, when the config file changes the bundled one. */
  grading?: GradingPolicy;
  allowOutside?: boolean;
  online?: boolean;
  now?: Date;
  /** Reference data screened against, for the report (`OFAC SDN 2024-05-03`). */
  data?: string[];
  /** The history store: looked up before the checks, written after them. */
  history?: HistorySession;
  /** Called after each dossier is checked (progress), and once with `linking` before the links are worked out. */
  onProgress?: (done: number, stage: 'vetting' | 'linking') => void;
  /** Fill `CandidateReport.facts` and photo thumbnails, for the HTML report only: the other formats stay as they are. */
  facts?: boolean;
  /** Vets the candidates elsewhere (worker threads, src/parallel/), in input order; without it, one after the other here. */
  workers?: (items: Iterable<InputItem> | AsyncIterable<InputItem>, ctx: VetContext) => AsyncIterable<Vetted | Rejected>;
}

/**
 * Inputs may be an array (sorted by `index`) or any iterable, synchronous or not, already in input
 * order. A candidate's dossier and gathered evidence are let go once it is checked and
 * fingerprinted: a stream of a sheet's rows (dossier/inputs.ts) is never held whole.
 */
export async function vet(inputs: Iterable<InputItem> | AsyncIterable<InputItem>, options: VetOptions): Promise<RunReport> {
  const ordered = Array.isArray(inputs) ? [...(inputs as InputItem[])].sort((a, b) => a.index - b.index) : inputs;
  const now = options.now ?? new Date();
  const correlator = new Correlator({ config: options.config, severities: options.severities });
  const ctx = await vetContext(options, now);
  const vetted = options.workers ? options.workers(ordered, ctx) : vetHere(ordered, ctx);

  const candidates: CandidateReport[] = [];
  const origins: Origin[] = [];
  const indexes: number[] = [];
  const rejected: Rejected[] = [];
  const order: RunReport['order'] = [];
  // The values the history will record, not the dossiers: a sheet's rows are let go as they are checked.
  const remembered: KeyedCandidate[] = [];
  const referrals: Referral[] = [];
  for await (const item of vetted) {
    if (!('report' in item)) {
      order.push({ kind: 'rejected', at: rejected.length });
      rejected.push(item);
      continue;
    }
    const { index, origin, report, prints, keyed, referredBy } = item;
    await correlator.add({ index, candidate: report.candidate, prints });
    if (keyed) remembered.push(keyed);
    if (referredBy) referrals.push({ at: candidates.length, referredBy });
    order.push({ kind: 'candidate', at: candidates.length });
    candidates.push(report);
    origins.push(origin);
    indexes.push(index);
    options.onProgress?.(candidates.length, 'vetting');
  }
  options.onProgress?.(candidates.length, 'linking');

  const linked = correlator.finish();
  const policy = options.grading ?? gradingPolicy();
  candidates.forEach((report, i) => {
    report.findings = sortFindings([...report.findings, ...(linked.findings.get(indexes[i]) ?? [])]);
    Object.assign(report, grade(report.findings, policy));
  });
  const referralLinks = applyReferrals(candidates, referrals, policy, options.severities?.['correlation.referred-by-flagged'], sortFindings);

  // Recorded only now, so that no candidate of this run is reported as its own earlier sighting.
  if (options.history) await recordHistory(options.history, remembered, now);

  return {
    schemaVersion: 1,
    vet: { version: VERSION },
    candidates,
    rejected: rejected.map((r) => ({ source: r.origin.label, ...(r.origin.row !== undefined && { row: r.origin.row }), error: r.message })),
    order,
    correlations: [...linked.correlations, ...referralLinks],
    data: options.data ?? [],
    checks: planOf(options).map(({ check, configured }) => checkInfo(check, configured)),
    origins: { candidates: origins, rejected: rejected.map((r) => r.origin) },
  };
}

/** One candidate checked, before the links: its report, the values it can be linked by, and those the history will record. */
export interface Vetted {
  index: number;
  origin: Origin;
  report: CandidateReport;
  prints: Fingerprint[];
  keyed?: KeyedCandidate;
  /** Who referred the candidate, as the dossier says: matched against the run's other candidates once they are graded. */
  referredBy?: string;
}

/** What vetting one candidate needs beside the dossier: the same for every candidate of a run. */
export interface VetContext {
  options: VetOptions;
  now: Date;
  gather: GatherOptions;
  facts?: (dossier: LoadedDossier['dossier'], gathered: Gathered, now: Date) => CandidateReport['facts'];
}

/** The run's context; `lookup` stands in for the session's own lookup where the store is in another thread. */
export async function vetContext(options: VetOptions, now: Date, lookup?: HistoryLookup): Promise<VetContext> {
  const history = lookup ?? (options.history && historyLookup(options.history, options.config ?? {}));
  return {
    options,
    now,
    gather: { allowOutside: options.allowOutside ?? false, online: options.online ?? false, config: options.config ?? {}, history, thumbnails: options.facts ?? false },
    facts: options.facts ? (await import('./report-facts.js')).reportFacts : undefined,
  };
}

/** Candidates vetted one after the other, in this thread; rejected inputs pass through in their place. */
export async function* vetHere(items: Iterable<InputItem> | AsyncIterable<InputItem>, ctx: VetContext): AsyncGenerator<Vetted | Rejected> {
  for await (const item of items) {
    yield 'dossier' in item ? await vetOne(item, ctx) : item;
  }
}

/** Gathers one candidate's evidence and runs every check; its dossier and evidence are let go after. */
export async function vetOne(loaded: LoadedDossier, ctx: VetContext): Promise<Vetted> {
  const gathered = await gather(loaded, ctx.gather);
  const report = checkOne(loaded, gathered, ctx.options, ctx.now);
  if (ctx.facts) report.facts = ctx.facts(loaded.dossier, gathered, ctx.now);
  const { history } = ctx.options;
  return {
    index: loaded.index,
    origin: loaded.origin,
    report,
    prints: fingerprints(loaded, gathered),
    ...(history && { keyed: keyedCandidate(history, loaded, gathered, ctx.gather.config) }),
    ...(loaded.dossier.referredBy && { referredBy: loaded.dossier.referredBy }),
  };
}

function checkInfo(check: Check, configured: Severity | undefined): CheckInfo {
  const { id, title, description, recommendation } = check;
  const severity = configured ?? check.severity;
  let references: string[] = [];
  try {
    references = referencesFor(check.sources, check.id);
  } catch {
    // A check citing an unknown source is reported by checkOne; the rule list stays whole.
  }
  return { id, title, description, recommendation, severity, references };
}

async function gather(item: LoadedDossier, options: GatherOptions): Promise<Gathered> {
  const gathered: Gathered = {};
  for (const gatherer of gatherers) {
    if (!gatherer.applies(item, options)) continue;
    try {
      Object.assign(gathered, await gatherer.gather(item, options, gathered));
    } catch (err) {
      gathered.unavailable = { ...gathered.unavailable, [gatherer.name]: `could not gather ${gatherer.name}: ${(err as Error).message}` };
    }
  }
  return gathered;
}

/** Runs every check on one dossier; the grade is filled in once correlations are known. */
export function checkOne(item: LoadedDossier, gathered: Gathered, options: VetOptions, now: Date): CandidateReport {
  const findings: Finding[] = [];
  const skipped: Skipped[] = [];
  const skip = (check: Check, reason: string) => skipped.push(skippedEntry(check.id, reason));
  const warnings = [...item.warnings];
  const ctx = { dossier: item.dossier, origin: item.origin, gathered, config: options.config ?? {}, now };
  const gaps = Object.entries(gathered.unavailable ?? {}); // once per dossier, not once per check

  for (const { check, configured, needs } of planOf(options)) {
    const missing = unmetNeed(needs, item.dossier);
    if (missing) {
      skipped.push(missing);
      continue;
    }
    const unavailable = unavailableReason(check.id, gaps);
    if (unavailable) {
      skip(check, unavailable);
      continue;
    }
    try {
      const outcome = check.run(ctx);
      if ('skip' in outcome) {
        skip(check, outcome.skip);
        continue;
      }
      const references = referencesOf(check); // a check citing an unknown source fails here, whether it found something or not
      for (const problem of outcome) {
        findings.push(findingOf(check, { severity: configured ?? problem.severity ?? check.severity, confidence: problem.confidence ?? check.confidence, evidence: problem.evidence, path: problem.path }, references));
      }
    } catch (err) {
      // A crashing check must be visible, never a silent pass.
      const message = `check ${check.id} failed: ${(err as Error)?.message ?? String(err)}`;
      skip(check, message);
      warnings.push(`${item.origin.label}: ${message}`);
    }
  }

  const d = item.dossier;
  return {
    schemaVersion: 1,
    candidate: { ...(d.id !== undefined && { id: d.id }), name: d.name, source: item.origin.label, ...(item.origin.row !== undefined && { row: item.origin.row }) },
    risk: 'low',
    score: 0,
    reason: '',
    findings: sortFindings(findings),
    skipped: sharedSkippedList(skipped),
    warnings,
  };
}

/** What a finding says of this candidate; the rest (title, sources, next step) is the check's own, shared by every finding of it. */
export type Observed = Pick<Finding, 'severity' | 'confidence' | 'evidence' | 'path'>;

export function findingOf(check: Check, { severity, confidence, evidence, path }: Observed, references = referencesOf(check)): Finding {
  return {
    check: check.id,
    severity,
    confidence,
    title: check.title,
    evidence,
    ...(path !== undefined && { path }),
    references,
    recommendation: check.recommendation,
  };
}

/** A skipped list made elsewhere (a worker thread) as the shared entries and lists this thread keeps. */
export function internSkipped(skipped: Skipped[]): Skipped[] {
  return sharedSkippedList(skipped.map((s) => skippedEntry(s.check, s.reason)));
}

// A sheet of 100,000 rows skips the same checks for the same reasons again and again: the
// entries and the reference lists are shared (reports are read, never changed, after checkOne).
// By check, then reason: no key string to build for each of a row's sixty checks.
const skippedEntries = new Map<string, Map<string, Skipped>>();

function skippedEntry(check: string, reason: string): Skipped {
  let byReason = skippedEntries.get(check);
  if (!byReason) skippedEntries.set(check, (byReason = new Map()));
  let entry = byReason.get(reason);
  if (!entry) {
    entry = { check, reason };
    if (byReason.size < 1_000) byReason.set(reason, entry);
  }
  return entry;
}

/** A node of a trie of skipped lists, one step per entry: identical lists end at one node and share its array. */
interface SkippedNode {
  next: Map<Skipped, SkippedNode>;
  list?: Skipped[];
}

const skippedLists: SkippedNode = { next: new Map() };
let skippedNodes = 0;

/** The rows of a sheet mostly skip the same checks for the same reasons: equal lists are one array, not one per candidate. */
function sharedSkippedList(skipped: Skipped[]): Skipped[] {
  let node = skippedLists;
  for (const entry of skipped) {
    let next = node.next.get(entry);
    if (!next) {
      if (skippedNodes >= 10_000) return skipped;
      skippedNodes++;
      node.next.set(entry, (next = { next: new Map() }));
    }
    node = next;
  }
  return (node.list ??= skipped);
}

const referenceLists = new WeakMap<Check, string[]>();

function referencesOf(check: Check): string[] {
  let references = referenceLists.get(check);
  if (!references) referenceLists.set(check, (references = referencesFor(check.sources, check.id)));
  return references;
}

/** A check as checkOne runs it: its configured severity, and each field it needs with the skipped entry when none is there. */
interface PlannedCheck {
  check: Check;
  configured?: Severity;
  needs: { paths: string[][]; missing: Skipped }[];
}

/** Worked out once per run, not once per candidate: a sheet's rows each walk some sixty checks. */
const plans = new WeakMap<VetOptions, PlannedCheck[]>();

function planOf(options: VetOptions): PlannedCheck[] {
  let plan = plans.get(options);
  if (!plan) {
    plan = options.checks.flatMap((check) => {
      const configured = options.severities?.[check.id];
      return configured === 'off' ? [] : [{ check, configured, needs: needsOf(check) }];
    });
    plans.set(options, plan);
  }
  return plan;
}

/** `needs` split into alternatives and path keys: `phone|email` is met by either. */
function needsOf(check: Check): PlannedCheck['needs'] {
  return check.needs.map((need) => {
    const alternatives = need.split('|');
    return { paths: alternatives.map((field) => field.split('.')), missing: skippedEntry(check.id, `no ${alternatives.join(' or ')} in dossier`) };
  });
}

function unmetNeed(needs: PlannedCheck['needs'], dossier: unknown): Skipped | undefined {
  for (const { paths, missing } of needs) {
    if (!paths.some((keys) => isPresent(valueAtKeys(dossier, keys)))) return missing;
  }
  return undefined;
}

function unavailableReason(checkId: string, gaps: [string, string][]): string | undefined {
  if (gaps.length === 0) return undefined;
  return gaps.find(([key]) => checkId === key || checkId.startsWith(`${key}.`))?.[1];
}

const severityRank = (s: Severity) => SEVERITIES.indexOf(s);

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || byCodeUnits(a.check, b.check));
}
