// `$.location.country`, `$.photos[0]`, `$["Ship To"]`: where a value sits in a JSON document, as
// every message about a dossier, a rule file or a configuration names it. A module of its own: the
// rule loader needs it, and the dossier's validator (which the schema and its readers import) must
// not be loaded to read a rule.

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += `.${String(key)}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
