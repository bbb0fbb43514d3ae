// Where each part of the dossier points, side by side, with the odd ones out marked. No map:
// a table prints well, loads nothing, and a country code is all the checks compare anyway.

import type { PlaceFact } from '../../types.js';
import { esc } from './escape.js';
import { countryName } from '../../data/countries.js';

/**
 * The country most places agree on; when none has a majority of its own, the claimed location.
 * A place is odd when it names another country.
 */
export function referenceCountry(places: PlaceFact[]): { country: string; majority: boolean } | undefined {
  const counts = new Map<string, number>();
  for (const p of places) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length > 0 && ranked[0][1] > 1 && (ranked.length === 1 || ranked[0][1] > ranked[1][1])) return { country: ranked[0][0], majority: true };
  const claimed = places.find((p) => p.path === '$.location')?.country;
  return claimed ? { country: claimed, majority: false } : undefined;
}

export function placesTable(places: PlaceFact[]): string {
  const found = referenceCountry(places);
  const reference = found?.country;
  const rows = places.map((p) => {
    const odd = Boolean(p.country && reference && p.country !== reference);
    const country = p.country ? `<b>${esc(p.country)}</b> ${esc(countryName(p.country))}` : '<span class="muted">unknown</span>';
    const mark = odd ? `<span class="odd-mark">differs from ${esc(reference)}</span>` : '';
    return `<tr class="${odd ? 'odd' : ''}"><th scope="row">${esc(p.label)}</th><td>${country} ${mark}</td><td>${esc(p.note)}</td><td><code>${esc(p.path)}</code></td></tr>`;
  });
  const basis = found?.majority ? 'Most places point to' : 'No country has a majority; compared with the claimed location,';
  const agreed = reference ? `<p class="muted">${basis} <b>${esc(reference)}</b> (${esc(countryName(reference))}); rows that point elsewhere are marked.</p>` : '';
  return `<table class="places"><thead><tr><th>From</th><th>Country</th><th>Detail</th><th>Field</th></tr></thead><tbody>${rows.join('')}</tbody></table>${agreed}`;
}
