// Resumes as recruiters hold them: a dossier whose resume is a PDF or a Word file is vetted
// exactly as one with the text inline; hostile files are skipped with a reason, never a crash.

import { describe, expect, it } from 'vitest';
import { vetCli } from '../helpers/cli.js';

interface Report {
  risk: string;
  findings: { check: string; severity: string; evidence: string }[];
  skipped: { check: string; reason: string }[];
}

function vetJson(file: string): { code: number | null; stderr: string; report: Report } {
  const result = vetCli(['--now', '2026-11-26', '--format', 'json', `fixtures/resumes/${file}`]);
  return { code: result.code, stderr: result.stderr, report: JSON.parse(result.stdout) as Report };
}

const summary = (report: Report) => report.findings.map((f) => `${f.check} ${f.severity}: ${f.evidence}`);
const resumeTextChecks = ['resume.contact-mismatch', 'resume.location-mismatch', 'resume.template-text'];

describe('resume files end to end', () => {
  const inline = vetJson('persona-inline.json');

  it('the persona with inline text shows every resume signal', () => {
    expect(inline.code).toBe(0);
    const checks = inline.report.findings.map((f) => f.check);
    expect(checks.filter((c) => c === 'resume.contact-mismatch')).toHaveLength(2);
    expect(checks).toContain('resume.location-mismatch');
    expect(checks).toContain('resume.template-text');
    expect(inline.report.risk).toBe('medium');
  });

  it.each(['persona-txt.json', 'persona-pdf.json', 'persona-docx.json'])('%s is vetted as fully as the inline text', (file) => {
    const { code, stderr, report } = vetJson(file);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(summary(report)).toEqual(summary(inline.report));
    expect(report.risk).toBe(inline.report.risk);
    expect(report.skipped.filter((s) => resumeTextChecks.includes(s.check))).toEqual([]);
  });

  it.each([
    ['new-graduate.json', 'a new graduate with a new GitHub account'],
    ['senior-private.json', 'a senior engineer with a private GitHub'],
  ])('%s (%s) stays low with nothing above info', (file) => {
    const { code, report } = vetJson(file);
    expect(code).toBe(0);
    expect(report.risk).toBe('low');
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(report.skipped.filter((s) => resumeTextChecks.includes(s.check))).toEqual([]);
  });

  it.each([
    ['hostile-encrypted.json', 'the PDF is encrypted (password-protected)'],
    ['hostile-truncated.json', 'not a readable PDF'],
    ['hostile-image-only.json', 'the PDF has no text layer (image-only or scanned)'],
    ['hostile-not-a-zip.json', 'not a readable Word file (not a ZIP archive)'],
  ])('%s: the text checks are skipped with the reason, the rest still run', (file, reason) => {
    const { code, stderr, report } = vetJson(file);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/\n\s+at /);
    for (const check of resumeTextChecks) {
      expect(report.skipped.find((s) => s.check === check)?.reason).toContain(reason);
    }
    // Checks that need no resume text are not dragged down with the file.
    expect(report.findings.map((f) => f.check)).toContain('profile.young-account');
    expect(report.skipped.map((s) => s.check)).not.toContain('resume.impossible-experience');
  });
});
