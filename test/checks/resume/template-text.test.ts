import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/resume/template-text.js';
import { countOf, runCheck } from '../../helpers/factory.js';

const withResume = (text: string) => ({ resume: { text } });

const cases = [
  { name: 'a name placeholder', text: '[Your Name]\nSenior Engineer', fires: 1 },
  { name: 'several placeholders make one finding', text: 'Jordan Ellis\n(123) 456-7890 | you@example.com\nlinkedin.com/in/YourName', fires: 1 },
  { name: 'lorem ipsum across a line break', text: 'Summary\nLorem\n  ipsum dolor sit amet', fires: 1 },
  { name: 'a bracketed instruction of any wording', text: 'Skills: React, Node.js, [Your Skill Here]', fires: 1 },
  { name: 'an instruction to fill in', text: 'Education: Your University Here, B.S. 2015', fires: 1 },
  // Look-alikes.
  { name: 'links written in Markdown', text: '[GitHub](https://github.com/jellis) · [Portfolio](https://jellis.dev)', fires: 0 },
  { name: 'your and here in prose', text: 'Happy to relocate: your team is why I am here', fires: 0 },
  { name: 'a cover letter line', text: 'I would love to join your team here in Austin', fires: 0 },
  { name: 'a bracketed note', text: 'Acme Corp [acquired by Oracle in 2019]', fires: 0 },
  { name: 'a finished resume', text: 'Jordan Ellis\n(512) 555-0147 | jordan.ellis@gmail.com\nlinkedin.com/in/jordan-ellis', fires: 0 },
  { name: 'the word "template" in a skill', text: 'Built an email template engine in Go; C++ template metaprogramming', fires: 0 },
];

describe('resume.template-text', () => {
  it.each(cases)('$name -> $fires', ({ text, fires }) => {
    expect(countOf(runCheck(check, withResume(text)))).toBe(fires);
  });

  it('quotes what a pattern matched, once, beside the fixed entries', () => {
    const outcome = runCheck(check, withResume('[Your Name]\n[Insert  Degree] and [insert degree]\nyou@example.com'));
    expect('skip' in outcome ? '' : outcome[0].evidence).toBe('template placeholders left in: "[your name]", "you@example.com", "[insert degree]"');
  });

  it('lists every placeholder it found', () => {
    const outcome = runCheck(check, withResume('(123) 456-7890 | you@example.com'));
    expect('skip' in outcome ? '' : outcome[0].evidence).toBe('template placeholders left in: "(123) 456-7890", "you@example.com"');
  });
});
