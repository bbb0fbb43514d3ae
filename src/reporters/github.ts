// GitHub Actions workflow commands: one annotation per finding on the dossier file and line,
// one per candidate at or above the failing grade, one per input that could not be read.
// https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions

import type { CandidateReport, Finding, Origin, Reporter, ReporterOptions, Severity } from '../types.js';
import { riskAtLeast } from '../grade.js';
import { placeOf, type Place } from './locate.js';

type Command = 'error' | 'warning' | 'notice';

const COMMAND: Record<Severity, Command> = { info: 'notice', low: 'notice', medium: 'warning', high: 'error', critical: 'error' };

export const github: Reporter = (report, options) => {
  const lines: string[] = [];
  report.candidates.forEach((c, i) => {
    const origin = report.origins?.candidates[i];
    if (isFailing(c, options)) lines.push(gradeAnnotation(c, origin, options));
    for (const f of c.findings) lines.push(findingAnnotation(f, c, origin));
  });
  report.rejected.forEach((r, i) => {
    lines.push(annotation('error', placeOf(report.origins?.rejected[i], r.source), 'vet: could not read', r.error));
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};

function isFailing(c: CandidateReport, options: ReporterOptions): boolean {
  return options.failOn !== 'never' && riskAtLeast(c.risk, options.failOn);
}

function gradeAnnotation(c: CandidateReport, origin: Origin | undefined, options: ReporterOptions): string {
  const place = placeOf(origin, c.candidate.source);
  return annotation('error', place, `vet: ${c.risk} risk (failing grade ${options.failOn})`, `${who(c)}: ${c.reason}`);
}

function findingAnnotation(f: Finding, c: CandidateReport, origin: Origin | undefined): string {
  const place = placeOf(origin, c.candidate.source, f.path);
  return annotation(COMMAND[f.severity], place, `${f.check}: ${f.title}`, `${who(c)}: ${f.evidence}\nNext: ${f.recommendation}`);
}

function who(c: CandidateReport): string {
  return c.candidate.id ? `${c.candidate.name} (${c.candidate.id})` : c.candidate.name;
}

function annotation(command: Command, place: Place, title: string, message: string): string {
  const props = [`file=${property(place.file)}`, ...(place.line !== undefined ? [`line=${place.line}`] : []), `title=${property(title)}`];
  return `::${command} ${props.join(',')}::${data(message)}`;
}

/** The message: `%`, CR and LF encoded, so that a dossier can never start a command of its own. */
export function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value also encodes `:` and `,`, which would end it. */
export function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
