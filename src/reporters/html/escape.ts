// Every string that reaches the page from a dossier goes through `esc`: text and attribute
// values alike (attributes are always double-quoted). Terminal escapes, control and bidi
// characters are neutralised first (the same `clean` as the text report), so a name cannot
// reorder or hide what follows it.

import { clean } from '../../util/sanitize.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string | number | undefined): string {
  if (text === undefined) return '';
  return clean(String(text)).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A link only for plain http(s) URLs; anything else (javascript:, data:) is shown as text. */
export function link(url: string, label: string = shortUrl(url)): string {
  if (!/^https?:\/\/[^\s<>"']+$/i.test(url)) return esc(url);
  return `<a href="${esc(url)}" rel="noopener noreferrer" target="_blank">${esc(label)}</a>`;
}

/** `https://www.ic3.gov/PSA/2023/PSA231018` -> `ic3.gov/PSA/2023/PSA231018`, cut at 60 characters. */
export function shortUrl(url: string): string {
  const text = url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

export function truncate(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}
