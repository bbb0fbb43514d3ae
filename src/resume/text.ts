import type { CheckContext, Skip } from '../types.js';

/**
 * The resume text a check should read: what the resume gatherer extracted (file or inline),
 * or the inline text when nothing was gathered. An unreadable file is a reason to skip.
 */
export function resumeTextOf({ dossier, gathered }: Pick<CheckContext, 'dossier' | 'gathered'>): string | Skip {
  const evidence = gathered.resume;
  if (evidence?.error) return { skip: `resume ${evidence.file ? `file ${evidence.file} ` : ''}could not be read: ${evidence.error}` };
  const text = evidence?.text ?? dossier.resume?.text ?? '';
  if (text.trim() === '') return { skip: dossier.resume?.file ? 'resume file has no text' : 'no resume text' };
  return text;
}
