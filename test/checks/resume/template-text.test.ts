import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/resume/template-text.js';
import { countOf, runCheck } from '../../helpers/factory.js';

const withResume = (text: string) => ({ resume: { text } });

const cases = [
  { name: 'a name placeholder', text: '[Your Name]\nSenior Engineer', fires: 1 },
  { name: 'several placeholders make one finding', text: 'Jordan Ellis\n(123) 456-7890 | you@example.com\nlinkedin.com/in/YourName', fires: 1 },
  { name: 'lorem ipsum across a line break', text: 'Summary\nLorem\n  ipsum dolor sit amet', fires: 1 },
  // Look-alikes.
  { name: 'a finished resume', text: 'Jordan Ellis\n(512) 555-0147 | jordan.ellis@gmail.com\nlinkedin.com/in/jordan-ellis', fires: 0 },
  { name: 'the word "template" in a skill', text: 'Built an email template engine in Go; C++ template metaprogramming', fires: 0 },
];

describe('resume.template-text', () => {
  it.each(cases)('$name -> $fires', ({ text, fires }) => {
    expect(countOf(runCheck(check, withResume(text)))).toBe(fires);
  });

  it('lists every placeholder it found', () => {
    const outcome = runCheck(check, withResume('(123) 456-7890 | you@example.com'));
    expect('skip' in outcome ? '' : outcome[0].evidence).toBe('template placeholders left in: "(123) 456-7890", "you@example.com"');
  });
});
