import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readResumeFile } from '../../src/gather/resume.js';
import { resumeFacts } from '../../src/resume/extract.js';
import { ROOT } from '../helpers/cli.js';

const dir = path.join(ROOT, 'fixtures/resumes');
const read = (file: string, allowOutside = false) => readResumeFile(dir, file, allowOutside);

describe('resume files', () => {
  it.each(['persona.pdf', 'persona.docx', 'persona.txt'])('%s yields the same facts as the text it was made from', async (file) => {
    const result = await read(file);
    expect('text' in result).toBe(true);
    const text = 'text' in result ? result.text : '';
    const expected = resumeFacts(readFileSync(path.join(dir, 'persona.txt'), 'utf8'), 'US');
    expect(resumeFacts(text, 'US')).toEqual(expected);
    expect(expected.emails).toEqual(['alex.turner.dev@outlook.com']);
  });

  it.each([
    ['hostile-encrypted.pdf', 'the PDF is encrypted (password-protected)'],
    ['hostile-image-only.pdf', 'the PDF has no text layer (image-only or scanned)'],
    ['hostile-truncated.pdf', 'not a readable PDF'],
    ['hostile-not-a-zip.docx', 'not a readable Word file'],
    ['missing.pdf', 'file not found'],
    ['persona.rtf', 'unsupported file type ".rtf"'],
    ['../dossiers/clean.json', "leaves the dossier's folder"],
    ['https://ats.example.com/files/cv-1042.pdf', 'a web address, not a file'], // as applicant-tracking exports link them
  ])('%s is a reason, not a crash: %s', async (file, reason) => {
    const result = await read(file);
    expect('error' in result ? result.error : 'read').toContain(reason);
  });

  it('a path outside the folder is read when the user allows it', async () => {
    const result = await read('../resumes/persona.txt', true);
    expect('text' in result).toBe(true);
  });
});
