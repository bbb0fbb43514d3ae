// The contract on one page. Types flow one way:
// dossier -> (gathered evidence) -> checks -> findings -> grade -> reporter.

import type { Dossier } from './dossier/schema.js';

export type { Dossier } from './dossier/schema.js';

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RISKS = ['low', 'medium', 'high', 'critical'] as const;
export type Risk = (typeof RISKS)[number];

export type Confidence = 'low' | 'medium' | 'high';

/** Where a dossier came from: a file, or one row of a sheet. */
export interface Origin {
  /** What a person reads: `cand.json` or `sheet.csv:12`. */
  label: string;
  /** The file the dossier was read from (for SARIF locations, relative paths). */
  file: string;
  /** Folder that relative paths inside the dossier resolve against. */
  baseDir: string;
  /** 1-based data row in a sheet (header excluded); absent for JSON files. */
  row?: number;
  /** Line of each JSON path in the source file, when known (`$.phone` -> 7). */
  lines?: Record<string, number>;
  /** Unmapped sheet columns, passed through to sheet outputs untouched. */
  passthrough?: Record<string, string>;
  /** The row as read, so that sheet outputs can give the input back with the results beside it. */
  sheetRow?: SheetRow;
}

/** One row of an input sheet, every cell as text. `header` is shared by the rows of a sheet. */
export interface SheetRow {
  /** `candidates.csv` or `book.xlsx[Contractors]`. */
  sheet: string;
  header: string[];
  cells: string[];
}

/** One dossier as read, with where it came from and what the reader noticed. */
export interface LoadedDossier {
  dossier: Dossier;
  origin: Origin;
  /** Input order in the run (0-based), so every row keeps its place. */
  index: number;
  /** Non-fatal notes from reading (unknown fields, ...), shown on stderr and in the report. */
  warnings: string[];
}

/** An input that could not be read: reported, never dropped. */
export interface Rejected {
  origin: Origin;
  index: number;
  /** One line: `cand.json:3:12: unexpected "}"` or `$.phone: expected string, got number`. */
  message: string;
}

/**
 * Evidence gathered before the checks run (file reads, image decoding, lookups).
 * Checks are pure: anything from disk or network lands here first.
 * Each gatherer owns one member.
 */
export interface Gathered {
  /** Photos the dossier names, read and hashed (photo gatherer). */
  photos?: PhotoEvidence[];
  /** Resume text extracted from `resume.text` or `resume.file` (resume gatherer). */
  resume?: ResumeEvidence;
  /** Answers of the opt-in online providers (`--online` only; online gatherer). */
  online?: OnlineEvidence;
  /** Earlier sightings of this candidate's values in the history store (history gatherer). */
  history?: HistoryMatch[];
  /** Checks that could not run because gathering failed: check id or prefix -> reason. */
  unavailable?: Record<string, string>;
}

/** A value of this candidate seen in an earlier run under another candidate and another name. */
export interface HistoryMatch {
  /** Fingerprint kind: phone, email, address, account, wallet, photo, ... */
  kind: string;
  /** This candidate's value, masked. */
  value: string;
  /** The earlier candidate's id (the caller's own id, or `name:<hash>` when it had none). */
  candidateId: string;
  /** Date of the earlier run (YYYY-MM-DD). */
  seenAt: string;
  /** Photos: Hamming distance between the perceptual hashes. */
  distance?: number;
  /** How many other candidates gave the value, when more did than the store returns (the oldest few). */
  others?: number;
}

/** What the online providers answered. A lookup that failed names why in `failed`, never a guess. */
export interface OnlineEvidence {
  phone?: PhoneLookup;
  /** By IP address as written in the dossier. */
  ip?: Record<string, IpLookup>;
  github?: GithubLookup;
  /** Lookups that could not be made or answered: one line each, no personal data. */
  failed?: { phone?: string; ip?: string; github?: string };
}

export interface PhoneLookup {
  provider: string;
  /** The provider's own line type (`nonFixedVoip`, `mobile`, ...). */
  lineType: string;
  voip: boolean;
  carrier?: string;
  country?: string;
}

export interface IpLookup {
  provider: string;
  country?: string;
  city?: string;
  region?: string;
  timezone?: string;
  vpn?: boolean;
  proxy?: boolean;
  tor?: boolean;
  relay?: boolean;
  hosting?: boolean;
  /** VPN or proxy service name when the provider knows it (`Astrill`). */
  service?: string;
}

export interface GithubLookup {
  provider: string;
  username: string;
  /** JSON path of the profile URL the username came from: `$.profiles[0]`. */
  path: string;
  /** Account creation, ISO 8601 (GitHub `created_at`). */
  createdAt: string;
  /** Author dates of recent public commits, with the UTC offset the author's clock had. */
  commits: { at: string; offset: string }[];
}

export type PhotoRole = 'id' | 'profile' | 'selfie' | 'other';

export interface PhotoEvidence {
  /** JSON path of the reference in the dossier: `$.idDocument.photo`, `$.photos[1]`. */
  path: string;
  role: PhotoRole;
  /** File path as written in the dossier (never absolute in outputs). */
  file?: string;
  /** Metadata merged from EXIF/XMP/IPTC (or `idDocument.metadata` when no file). */
  metadata?: Record<string, unknown>;
  /** 64-bit perceptual hash as 16 hex digits. */
  hash?: string;
  /** Perceptual hash of the embedded EXIF thumbnail, when there is one. */
  thumbnailHash?: string;
  width?: number;
  height?: number;
  /** ISO 3166-1 alpha-2 country of the GPS coordinates in the metadata (offline lookup). */
  gpsCountry?: string;
  /** Why the image could not be read (corrupt, not an image, too large). */
  error?: string;
  /** A small re-encoded copy (JPEG data URL, metadata stripped), only when `GatherOptions.thumbnails` asks: the HTML report shows it. */
  thumbnail?: string;
}

export interface ResumeEvidence {
  text: string;
  /** File path as written in the dossier, when the text came from a file. */
  file?: string;
  error?: string;
}

/** Everything a check's `run` may look at. */
export interface CheckContext {
  dossier: Dossier;
  origin: Origin;
  gathered: Gathered;
  config: CheckConfig;
  /** The run's clock: fixed by `--now` for reproducible reports. */
  now: Date;
}

/** The parts of the user's configuration that checks may read. */
export interface CheckConfig {
  /** Addresses where shipping to several hires is normal (the company's own offices). */
  allowAddresses?: string[];
  /** Emails and phone numbers of the company or agency itself, written in candidates' rows: not a link between them. */
  allowContacts?: string[];
  /** Values of past confirmed cases (config `knownBad`): a candidate sharing one gets a finding. */
  knownBad?: KnownBadLists;
  [key: string]: unknown;
}

export interface KnownBadLists {
  addresses?: string[];
  phones?: string[];
  emails?: string[];
  wallets?: string[];
  accounts?: string[];
  /** 64-bit perceptual hashes, 16 hex digits. */
  photoHashes?: string[];
}

/** What a check reports: the engine stamps id, title, severity and sources on it. */
export interface Problem {
  /** JSON path of the field the problem is about: `$.addresses.shipping`. */
  path?: string;
  /** What was seen, PII masked. */
  evidence: string;
  /** Overrides the check's default severity for this problem (ID photo vs profile photo). */
  severity?: Severity;
  confidence?: Confidence;
}

/** A check that cannot judge with the data at hand says why instead. */
export interface Skip {
  skip: string;
}

export type Outcome = Problem[] | Skip;

export interface Check {
  /** `<category>.<name>`, the file name under src/checks/<category>/. */
  id: string;
  title: string;
  /** Why it matters, in a sentence or two. */
  description: string;
  /** Ids of public sources in rules/sources.json. */
  sources: string[];
  /** What a person should do next. */
  recommendation: string;
  severity: Severity;
  confidence: Confidence;
  /**
   * Dossier fields the check needs, as dotted paths. Each entry must be present;
   * `a|b` means either. When one is missing the check is skipped, and the report says so.
   */
  needs: string[];
  /** Judges only answers of `--online` providers: left out of offline runs, so their reports do not change. */
  online?: boolean;
  run(ctx: CheckContext): Outcome;
}

export interface Source {
  id: string;
  title: string;
  url: string;
  date: string;
}

export interface Finding {
  check: string;
  severity: Severity;
  confidence: Confidence;
  title: string;
  evidence: string;
  path?: string;
  references: string[];
  recommendation: string;
}

export interface Skipped {
  check: string;
  reason: string;
}

export interface CandidateReport {
  schemaVersion: 1;
  candidate: { id?: string; name: string; source: string; row?: number };
  risk: Risk;
  score: number;
  /** One line that explains the grade from the findings alone. */
  reason: string;
  findings: Finding[];
  skipped: Skipped[];
  warnings: string[];
  /** Dossier facts the HTML report draws; filled only when `VetOptions.facts` asks, so other formats stay as they are. */
  facts?: ReportFacts;
}

/**
 * What the HTML report's pictures need beyond the findings: hours, countries and photo summaries.
 * Nothing personal: no street lines, numbers, emails, accounts, IPs or coordinates.
 */
export interface ReportFacts {
  time?: TimeFacts;
  places: PlaceFact[];
  photos: PhotoFact[];
}

export interface TimeFacts {
  /** The claimed zone as the tz database spells it; absent when the dossier names none (times shown in UTC). */
  zone?: string;
  /** Minutes east of UTC of the claimed zone on the run's date (0 without a zone). */
  offset: number;
  /** Offered hours as minutes of the day in the claimed zone, `[from, to)`; may wrap midnight. */
  hours?: [number, number];
  /** Activity timestamps and commit times as minutes of the day: in the claimed zone (its offset on that date) and in UTC. */
  events: { kind: 'activity' | 'commit'; local: number; utc: number }[];
  /** UTC offsets the candidate's commits carry, most frequent first; `fits` when the claimed zone uses that offset. */
  commitOffsets: { offset: number; count: number; fits: boolean }[];
  /** The night and business-hours windows the timezone checks judge by (rules/time-signals.json), as minutes of the day. */
  night: [number, number];
  businessHours: [number, number];
}

export interface PlaceFact {
  /** What the country comes from: `Claimed location`, `Phone number`, `Bank`, `Photo GPS ($.photos[0])`. */
  label: string;
  /** JSON path of the dossier field. */
  path: string;
  /** ISO 3166-1 alpha-2, when known. */
  country?: string;
  /** City, zone or line type: never a street line or a number. */
  note?: string;
}

export interface PhotoFact {
  path: string;
  role: PhotoRole;
  file?: string;
  width?: number;
  height?: number;
  /** `Canon EOS R6`, from Make and Model. */
  camera?: string;
  software?: string;
  taken?: string;
  hasCameraData: boolean;
  gpsCountry?: string;
  error?: string;
  /** JPEG data URL of the re-encoded thumbnail, metadata stripped. */
  thumbnail?: string;
}

/** A value shared by several candidates of a run or of the history store. */
export interface Correlation {
  /** `correlation.<kind>`: shared-address, shared-phone, shared-photo, ... */
  check: string;
  kind: string;
  /** The shared value, masked. */
  value: string;
  severity: Severity;
  candidates: { id?: string; name: string; source: string; row?: number; seenAt?: string }[];
}

export interface RunReport {
  schemaVersion: 1;
  vet: { version: string };
  /** Valid dossiers, in input order (see `index` in `order`). */
  candidates: CandidateReport[];
  /** Inputs that could not be read, with their reason. */
  rejected: { source: string; row?: number; error: string }[];
  /** Input order: for each input, which list holds it and where. */
  order: { kind: 'candidate' | 'rejected'; at: number }[];
  correlations: Correlation[];
  /** The reference data each screening used (`OFAC SDN 2024-05-03`). */
  data: string[];
  /** The checks that ran (SARIF rules, docs), in run order. */
  checks?: CheckInfo[];
  /** Where each candidate (parallel to `candidates`) and each rejected input came from: for file and line locations. */
  origins?: { candidates: Origin[]; rejected: Origin[] };
}

/** A check's metadata as reporters need it (no `run`). */
export interface CheckInfo {
  id: string;
  title: string;
  description: string;
  recommendation: string;
  severity: Severity;
  /** URLs of its public sources. */
  references: string[];
}

export interface ReporterOptions {
  color: boolean;
  failOn: Risk | 'never';
}

export type Reporter = (report: RunReport, options: ReporterOptions) => string | Uint8Array;
