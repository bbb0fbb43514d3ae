// SARIF 2.1.0 for code scanning: one rule per check, one result per finding, located at the
// dossier file and the line of the field. JSON.stringify does all the escaping SARIF needs.

import { pathToFileURL } from 'node:url';
import type { CandidateReport, CheckInfo, Finding, Origin, Reporter, RunReport, Severity } from '../types.js';
import { riskAtLeast } from '../grade.js';
import { placeOf, type Place } from './locate.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF has three levels; a weak signal is a note, a real inconsistency a warning. */
const LEVEL: Record<Severity, 'note' | 'warning' | 'error'> = { info: 'note', low: 'note', medium: 'warning', high: 'error', critical: 'error' };

/** GitHub code scanning sorts security alerts by this 0-10 score (string-valued, by its docs). */
const SECURITY_SEVERITY: Record<Severity, string> = { info: '0.0', low: '3.0', medium: '5.5', high: '8.0', critical: '9.5' };

export const sarif: Reporter = (report, options) => {
  const rules = rulesOf(report);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.candidates.flatMap((candidate, i) =>
    candidate.findings.map((finding) => resultOf(finding, candidate, report.origins?.candidates[i], ruleIndex, options.failOn)),
  );
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'vet', semanticVersion: report.vet.version, version: report.vet.version, rules } },
        invocations: [{ executionSuccessful: report.rejected.length === 0, toolExecutionNotifications: rejectedNotifications(report) }],
        results,
        columnKind: 'utf16CodeUnits',
        ...(report.data.length > 0 && { properties: { data: report.data } }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: string };
  properties: { tags: string[]; precision: string; 'security-severity': string };
}

/** The checks that ran, plus any check that reported without being in the list (correlations). */
function rulesOf(report: RunReport): Rule[] {
  const infos = new Map<string, CheckInfo>((report.checks ?? []).map((c) => [c.id, c]));
  for (const finding of report.candidates.flatMap((c) => c.findings)) {
    if (!infos.has(finding.check)) infos.set(finding.check, infoFromFinding(finding));
  }
  return [...infos.values()].map(ruleOf);
}

function infoFromFinding(f: Finding): CheckInfo {
  return { id: f.check, title: f.title, description: f.title, recommendation: f.recommendation, severity: f.severity, references: f.references };
}

function ruleOf(check: CheckInfo): Rule {
  const refs = check.references.filter(isHttpUrl);
  const sources = refs.map((url) => `- <${url}>`).join('\n');
  return {
    id: check.id,
    name: pascalCase(check.id),
    shortDescription: { text: check.title },
    fullDescription: { text: check.description },
    help: {
      text: `${check.recommendation}${refs.length ? `\n\nSources:\n${refs.join('\n')}` : ''}`,
      markdown: `**What to do:** ${check.recommendation}${sources ? `\n\n**Sources:**\n${sources}` : ''}`,
    },
    ...(refs[0] && { helpUri: refs[0] }),
    defaultConfiguration: { level: LEVEL[check.severity] },
    properties: { tags: ['security', 'hiring', check.id.split(/[./]/)[0]], precision: 'medium', 'security-severity': SECURITY_SEVERITY[check.severity] },
  };
}

function resultOf(finding: Finding, candidate: CandidateReport, origin: Origin | undefined, ruleIndex: Map<string, number>, failOn: string) {
  const place = placeOf(origin, candidate.candidate.source, finding.path);
  const who = candidate.candidate.id ? `${candidate.candidate.name} (${candidate.candidate.id})` : candidate.candidate.name;
  return {
    ruleId: finding.check,
    ruleIndex: ruleIndex.get(finding.check) ?? -1,
    level: LEVEL[finding.severity],
    message: { text: `${finding.title}: ${finding.evidence}. Candidate ${who}, graded ${candidate.risk} (score ${candidate.score}).` },
    locations: [location(place, finding.path)],
    // Stable across runs, so code scanning tracks one alert per candidate and check.
    partialFingerprints: { 'vet/v1': `${place.file}|${candidate.candidate.row ?? ''}|${finding.check}|${finding.path ?? ''}` },
    properties: {
      severity: finding.severity,
      confidence: finding.confidence,
      candidate: candidate.candidate.name,
      ...(candidate.candidate.id !== undefined && { candidateId: candidate.candidate.id }),
      risk: candidate.risk,
      score: candidate.score,
      failing: failOn !== 'never' && riskAtLeast(candidate.risk, failOn as CandidateReport['risk']),
      ...(finding.path !== undefined && { path: finding.path }),
      recommendation: finding.recommendation,
    },
  };
}

function location(place: Place, path?: string) {
  return {
    physicalLocation: {
      artifactLocation: { uri: fileUri(place.file) },
      ...(place.line !== undefined && { region: { startLine: place.line } }),
    },
    ...(path !== undefined && { logicalLocations: [{ fullyQualifiedName: path, kind: 'property' }] }),
  };
}

function rejectedNotifications(report: RunReport) {
  return report.rejected.map((r, i) => {
    const place = placeOf(report.origins?.rejected[i], r.source);
    return { level: 'error', message: { text: r.error }, locations: [location(place)] };
  });
}

/** A relative path stays relative (code scanning resolves it against the repository); spaces and `#` are encoded. */
export function fileUri(file: string): string {
  if (file.startsWith('/') || /^[A-Za-z]:\//.test(file)) return pathToFileURL(file).href;
  return file.split('/').map(encodeURIComponent).join('/');
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

function isHttpUrl(s: string): boolean {
  return /^https?:\/\/\S+$/.test(s);
}
