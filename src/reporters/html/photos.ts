// The photos the dossier names, small, beside what their metadata says and what the photo
// checks concluded. The pictures were re-encoded by the gatherer: no EXIF or GPS reaches the page.

import type { Finding, PhotoFact } from '../../types.js';
import { esc } from './escape.js';

/** Only data URLs of the gatherer's own JPEG re-encoding are embedded: nothing that could load from elsewhere. */
const THUMBNAIL = /^data:image\/jpeg;base64,[A-Za-z0-9+/]+=*$/;

export function photoCards(photos: PhotoFact[], findings: Finding[]): string {
  return `<div class="photos">${photos.map((p) => photoCard(p, findings.filter((f) => f.path === p.path))).join('')}</div>`;
}

function photoCard(photo: PhotoFact, verdicts: Finding[]): string {
  const picture =
    photo.thumbnail && THUMBNAIL.test(photo.thumbnail)
      ? `<img src="${photo.thumbnail}" alt="${esc(`${photo.role} photo`)}">`
      : `<div class="no-picture">${esc(photo.error ? 'could not be read' : photo.file ? 'no picture' : 'metadata only')}</div>`;
  const facts: [string, string | undefined][] = [
    ['File', photo.file],
    ['Size', photo.width !== undefined ? `${photo.width} × ${photo.height} px` : undefined],
    ['Camera', photo.camera ?? (photo.hasCameraData ? 'camera data present' : 'no camera data')],
    ['Software', photo.software],
    ['Taken', photo.taken],
    ['GPS country', photo.gpsCountry],
    ['Problem', photo.error],
  ];
  const rows = facts.filter(([, v]) => v !== undefined).map(([k, v]) => `<dt>${k}</dt><dd>${esc(v)}</dd>`).join('');
  const list = verdicts.length
    ? `<ul class="verdicts">${verdicts.map((f) => `<li><span class="badge sev-${f.severity}">${f.severity}</span> ${esc(f.title)}</li>`).join('')}</ul>`
    : '<p class="verdicts ok">No photo finding.</p>';
  return `<figure class="photo">${picture}<figcaption><b>${esc(photo.role)}</b> <code>${esc(photo.path)}</code><dl>${rows}</dl>${list}</figcaption></figure>`;
}
