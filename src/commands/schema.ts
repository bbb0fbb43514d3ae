// `vet schema`: the dossier's JSON Schema, generated from the zod schema that validates dossiers,
// so that editors check a dossier exactly as vet reads it. schema/dossier.schema.json is this output.

import { z } from 'zod';
import { dossierSchema } from '../dossier/schema.js';

export function dossierJsonSchema(): string {
  // io 'input': what a person may write (a phone as a number, a country in lower case), not what vet keeps.
  const generated = z.toJSONSchema(dossierSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const schema = { $schema, title: 'vet candidate dossier, format 1', description: 'One candidate as vet reads it: see the dossier specification. Every field except name is optional.', ...rest };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
