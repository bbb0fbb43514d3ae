// What crosses between the main thread and a worker thread. Messages are structured clones, so
// what every candidate shares (a check's title, sources and next step; the skipped lists; the
// fingerprint kinds and paths) is left out on the way back and put back here from this thread's
// own copies: a sheet of 100,000 rows must not hold 100,000 copies of each recommendation.

import type { CandidateReport, Check, CheckConfig, HistoryMatch, LoadedDossier, Severity, Skipped } from '../types.js';
import type { Fingerprint } from '../correlate/fingerprints.js';
import type { KeyedCandidate, Remembered } from '../history/session.js';
import { findingOf, internSkipped, type Observed, type Vetted } from '../vet.js';
import type { ResumeSignature } from '../correlate/minhash.js';

/** What a worker is sent first (it may have started before the run knew it): enough to build the same checks and options as the main thread. */
export interface WorkerInit {
  /** loadSetup's arguments: the worker loads the configuration's and --plugin's checks itself (functions do not clone). */
  setup: { cwd: string; configFile?: string; plugins?: string[] };
  /** The ids of the checks the main thread runs, in its order: the worker runs exactly these. */
  checks: string[];
  severities: Record<string, Severity | 'off'>;
  config: CheckConfig;
  allowOutside: boolean;
  online: boolean;
  facts: boolean;
  now: Date;
  /**
   * The history store's secret, when the run has a store: the worker keys each candidate's values
   * itself (most of a lookup's work) and asks the main thread, which holds the store, for sightings.
   */
  historySecret?: Uint8Array;
}

/**
 * A candidate's report as a worker sends it: findings without what their check already says, and
 * the checks it skipped as the number of a list sent once (`SkippedLists`): the rows of a sheet
 * skip the same forty-odd checks for the same reasons, which were most of what crossed.
 */
export interface WireReport extends Omit<CandidateReport, 'findings' | 'skipped'> {
  findings: (Observed & { check: string })[];
  skipped: number;
}

export interface WireVetted {
  index: number;
  report: WireReport;
  prints: Fingerprint[];
}

export type ToWorker =
  | { kind: 'init'; init: WorkerInit }
  | { kind: 'vet'; chunk: number; items: LoadedDossier[]; signatures: (ResumeSignature | undefined)[] }
  | ({ kind: 'found'; lookup: number } & ({ matches: HistoryMatch[] } | { error: string }))
  | { kind: 'close' };

export type FromWorker =
  | { kind: 'vetted'; chunk: number; results: WireVetted[]; skippedLists: [number, Skipped[]][] }
  | { kind: 'lookup'; lookup: number; index: number; keyed: KeyedCandidate; values: Remembered[] };

/** The dossier as a worker needs it: the sheet's own cells and line numbers stay here, for the outputs. */
export function toWorker({ dossier, origin, index, warnings }: LoadedDossier): LoadedDossier {
  const { label, file, baseDir, row } = origin;
  return { dossier, origin: { label, file, baseDir, ...(row !== undefined && { row }) }, index, warnings };
}

export function toWire({ index, report, prints }: Vetted, lists: SkippedLists): WireVetted {
  const findings = report.findings.map(({ check, severity, confidence, evidence, path }) => ({ check, severity, confidence, evidence, ...(path !== undefined && { path }) }));
  return { index, report: { ...report, findings, skipped: lists.numberOf(report.skipped) }, prints };
}

/**
 * A worker's skipped lists by number. checkOne gives equal lists as one array (src/vet.ts), so
 * the array is the key; a list the worker has not sent yet goes with the next message.
 */
export class SkippedLists {
  private readonly numbers = new Map<Skipped[], number>();
  private unsent: [number, Skipped[]][] = [];

  numberOf(list: Skipped[]): number {
    let number = this.numbers.get(list);
    if (number === undefined) {
      number = this.numbers.size;
      // Bounded like checkOne's own sharing: past it, lists are new arrays and each goes once.
      if (this.numbers.size < 10_000) this.numbers.set(list, number);
      else number = -1 - this.unsent.length;
      this.unsent.push([number, list]);
    }
    return number;
  }

  /** The lists not sent yet, now to be sent. */
  take(): [number, Skipped[]][] {
    const unsent = this.unsent;
    this.unsent = [];
    return unsent;
  }
}

/** Rebuilds what a worker vetted around this thread's own item (its full origin, cells included) and shared values. */
export class Unwire {
  private readonly checks: Map<string, Check>;
  private readonly strings = new Map<string, string>();

  constructor(checks: Check[]) {
    this.checks = new Map(checks.map((c) => [c.id, c]));
  }

  /** Each worker's skipped lists by number, as it sent them. */
  private readonly skippedLists = new Map<number, Map<number, Skipped[]>>();

  /** The lists that came with a worker's message, before its results are read. */
  learn(worker: number, lists: [number, Skipped[]][]): void {
    let known = this.skippedLists.get(worker);
    if (!known) this.skippedLists.set(worker, (known = new Map()));
    for (const [number, list] of lists) known.set(number, internSkipped(list));
  }

  /** What `worker` sent for `item`, with this thread's origin of it (its sheet cells included). */
  result(worker: number, wire: WireVetted, { origin, dossier }: LoadedDossier): Vetted {
    const { index, report, prints } = wire;
    const findings = report.findings.map((f) => findingOf(this.checkOf(f.check), f));
    for (const fp of prints) {
      fp.kind = this.shared(fp.kind) as Fingerprint['kind'];
      fp.path = this.shared(fp.path);
    }
    const skipped = this.skippedLists.get(worker)?.get(report.skipped);
    if (!skipped) throw new Error(`a worker sent skipped list ${report.skipped}, which it never sent`);
    return { index, origin, report: { ...report, findings, skipped }, prints, ...(dossier.referredBy && { referredBy: dossier.referredBy }) };
  }

  private checkOf(id: string): Check {
    const check = this.checks.get(id);
    if (!check) throw new Error(`a worker reported a finding of check ${id}, which this run does not have`);
    return check;
  }

  /** Kinds and paths repeat across every candidate (`$.addresses.shipping`): one string each. */
  private shared(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    if (this.strings.size < 10_000) this.strings.set(value, value);
    return value;
  }
}

/** A keyed candidate as cloned from a worker: its hashes arrive as a plain Uint8Array. */
export function revived(keyed: KeyedCandidate): KeyedCandidate {
  const { hashes } = keyed;
  return { ...keyed, hashes: Buffer.from(hashes.buffer, hashes.byteOffset, hashes.byteLength) };
}
