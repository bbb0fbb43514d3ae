import { describe, expect, it } from 'vitest';
import { vetCli } from '../helpers/cli.js';
import { junit, xml } from '../../src/reporters/junit.js';
import { candidate, finding, HOSTILE, report } from './report.js';

/** Every tag opened is closed, in order: enough to say the XML is well formed for these outputs. */
function balanced(doc: string): boolean {
  const stack: string[] = [];
  for (const [, close, name, self] of doc.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([A-Za-z-]+)(?:\s[^<>]*?)?(\/?)>/g)) {
    if (self) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0;
}

describe('--format junit', () => {
  it('has one test case per candidate, failed at or above the failing grade, and an error per unreadable input', () => {
    const run = vetCli(['fixtures/ci/onboarding/**/*.json', 'fixtures/ci/invalid/wrong-type.json', '--format', 'junit', '--fail-on', 'medium']);
    expect(run.code).toBe(2);
    expect(balanced(run.stdout)).toBe(true);
    expect(run.stdout).toContain('<testsuites name="vet" tests="4" failures="2" errors="1">');
    expect(run.stdout.match(/<testcase /g)).toHaveLength(4);
    expect(run.stdout.match(/<failure /g)).toHaveLength(2);
    expect(run.stdout).toMatch(/<testcase classname="vet\.fixtures\.ci\.onboarding\.team-a\.ok\.json" name="Maria Gonzalez \(ONB-001\)"[^>]*>\n\s*<system-out>/);
    expect(run.stdout).toMatch(/<error type="input" message="fixtures\/ci\/invalid\/wrong-type\.json: \$\.interview\.cameraOff: expected boolean, got &quot;sometimes&quot;"\/>/);
  });

  it('fails no test case with --fail-on never', () => {
    const run = vetCli(['fixtures/ci/onboarding/**/*.json', '--format', 'junit', '--fail-on', 'never']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('<failure');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xml('a<b>&"\'\u0007\u001b\ud800')).toBe('a&lt;b&gt;&amp;&quot;&apos;\uFFFD\uFFFD\uFFFD');
    const out = junit(report([candidate({ name: HOSTILE, risk: 'high', findings: [finding({ evidence: HOSTILE })] })]), { color: false, failOn: 'high' }) as string;
    expect(balanced(out)).toBe(true);
    expect(out).not.toContain('<script>');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});
