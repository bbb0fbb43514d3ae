// `vet checks` and `vet explain <id>`.

import type { Check } from '../types.js';
import { UserError } from '../errors.js';
import { sources } from '../data/sources.js';

export function listChecks(checks: Check[]): string {
  const rows = checks.map((c) => [c.id, c.severity, c.title, c.needs.join(', ') || '-']);
  const header = ['ID', 'SEVERITY', 'TITLE', 'NEEDS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ');
  return `${[header, ...rows].map(line).join('\n')}\n`;
}

export function explainCheck(checks: Check[], id: string): string {
  const check = checks.find((c) => c.id === id);
  if (!check) throw new UserError(`unknown check "${id}"; known checks: ${checks.map((c) => c.id).join(', ')}`);
  const known = sources();
  const refs = check.sources.map((s) => {
    const src = known.get(s);
    return src ? `  - ${src.title} (${src.date})\n    ${src.url}` : `  - ${s}`;
  });
  return [
    `${check.id}: ${check.title}`,
    `severity: ${check.severity} (confidence ${check.confidence})`,
    `needs: ${check.needs.join(', ') || 'nothing'}`,
    '',
    check.description,
    '',
    `What to do: ${check.recommendation}`,
    '',
    'Sources:',
    ...refs,
    '',
  ].join('\n');
}
