// The photo gatherer: reads every photo a dossier names (and `idDocument.metadata` when the
// image itself is not at hand) into `gathered.photos`. The decoder and metadata parser are
// imported only here, and only for dossiers that have photos.

import { promises as fs } from 'node:fs';
import type { Dossier, LoadedDossier, PhotoEvidence, PhotoRole } from '../types.js';
import { resolveInside, webAddressError } from '../dossier/paths.js';
import { coordinatesOf } from '../photo/metadata.js';
import type { Gatherer, GatherOptions } from './index.js';
import type { PhotoReading } from '../photo/read.js';
import { recentValues } from '../util/recent.js';

interface PhotoRef {
  path: string;
  role: PhotoRole;
  file?: string;
}

const ROLES: Record<string, PhotoRole> = { profile: 'profile', selfie: 'selfie', id: 'id' };

/** Every photo the dossier names, with its JSON path and role. */
export function photoRefs(dossier: Dossier): PhotoRef[] {
  const refs: PhotoRef[] = [];
  const id = dossier.idDocument;
  if (id?.photo) refs.push({ path: '$.idDocument.photo', role: 'id', file: id.photo });
  else if (id?.metadata) refs.push({ path: '$.idDocument.metadata', role: 'id' });
  dossier.photos?.forEach((p, i) => refs.push({ path: `$.photos[${i}]`, role: ROLES[p.kind?.trim().toLowerCase() ?? ''] ?? 'other', file: p.path }));
  return refs;
}

export const photosGatherer: Gatherer = {
  name: 'photo',
  applies: ({ dossier }) => photoRefs(dossier).length > 0,
  async gather(loaded: LoadedDossier, options: GatherOptions) {
    const refs = photoRefs(loaded.dossier);
    const declared = loaded.dossier.idDocument?.metadata;
    const reader = refs.some((r) => r.file) ? await import('../photo/read.js') : undefined;
    const photos: PhotoEvidence[] = [];
    for (const ref of refs) {
      const evidence: PhotoEvidence = { path: ref.path, role: ref.role, ...(ref.file !== undefined && { file: ref.file }) };
      if (ref.file !== undefined && reader) {
        const web = webAddressError(ref.file);
        const absolute = web ? undefined : resolveInside(loaded.origin.baseDir, ref.file, options.allowOutside);
        Object.assign(evidence, absolute ? await readOnce(reader.readPhoto, absolute) : { error: web ?? "path leaves the dossier's folder; not read (--allow-outside permits it)" });
        if (options.thumbnails && absolute && evidence.hash) await oneAtATime(() => addThumbnail(evidence, absolute));
      }
      // Metadata the dossier states for the ID document fills what the file does not say.
      if (ref.role === 'id' && ref.path.startsWith('$.idDocument') && declared) evidence.metadata = { ...declared, ...evidence.metadata };
      const country = await countryOfCoordinates(evidence.metadata);
      if (country) evidence.gpsCountry = country;
      photos.push(evidence);
    }
    return { photos };
  },
};

/**
 * Pictures read in this thread, by file identity (the file at that path, its size and time): a
 * sheet may give one picture in many rows (an applicant-tracking system's default avatar, or a
 * farm's one photo), and each row decoded it again (3,000 such rows: 93 s). Each row gets its own copy.
 */
const photosRead = recentValues<Promise<PhotoReading>>();

async function readOnce(readPhoto: (absolute: string) => Promise<PhotoReading>, absolute: string): Promise<PhotoReading> {
  const read = () => oneAtATime(() => readPhoto(absolute));
  const identity = await fs.stat(absolute).then((s) => `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}`, () => undefined);
  // A file that cannot be stat'ed is read to say why, every time.
  return structuredClone(await (identity === undefined ? read() : photosRead(absolute, identity, read)));
}

let decoding: Promise<unknown> = Promise.resolve();

/**
 * One photo decoded at a time in a thread: a decoded picture can take hundreds of MB, and a
 * worker thread (src/parallel/) gathers several candidates at once while they wait for the history.
 */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const turn = decoding.then(task);
  decoding = turn.catch(() => undefined);
  return turn;
}

/** Only for the HTML report (`GatherOptions.thumbnails`): a photo that decoded is read again and re-encoded small. */
async function addThumbnail(evidence: PhotoEvidence, absolute: string): Promise<void> {
  const { thumbnailDataUrl } = await import('./thumbnail.js');
  const thumbnail = await thumbnailDataUrl(await fs.readFile(absolute));
  if (thumbnail) evidence.thumbnail = thumbnail;
}

/** Offline coordinate-to-country (country-coder's borders); the module loads only when a photo has GPS. */
async function countryOfCoordinates(metadata: Record<string, unknown> | undefined): Promise<string | undefined> {
  const at = metadata && coordinatesOf(metadata);
  if (!at) return undefined;
  const { iso1A2Code } = await import('@rapideditor/country-coder');
  return iso1A2Code([at.lon, at.lat]) ?? undefined;
}
