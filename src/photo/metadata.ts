// Reading what photo metadata says, the same way for a file's EXIF/XMP and for the
// `idDocument.metadata` a dossier states. Pure: checks call these.

import { photoSoftware, type EditorKind } from '../data/photo-software.js';

type Metadata = Record<string, unknown>;

/** Fields where a tool names itself. */
const SOFTWARE_FIELDS = ['Software', 'CreatorTool', 'ProcessingSoftware', 'HistorySoftwareAgent', 'softwareAgent', 'C2PAClaimGenerator'];
/** Fields a camera or phone writes when it takes the picture. */
const CAMERA_FIELDS = ['Make', 'Model', 'LensModel', 'DateTimeOriginal', 'ExposureTime', 'FNumber', 'ISO', 'FocalLength'];

export function softwareValues(metadata: Metadata): { field: string; value: string }[] {
  return SOFTWARE_FIELDS.flatMap((field) => textsOf(metadata[field]).map((value) => ({ field, value })));
}

function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  return [];
}

/** Whether `name` occurs in `text` as a whole word ("Canva" but not "canvas"). */
function containsName(text: string, name: string): boolean {
  const haystack = text.toLowerCase();
  for (let at = haystack.indexOf(name); at >= 0; at = haystack.indexOf(name, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + name.length];
    if (!isLetterOrDigit(before) && !isLetterOrDigit(after)) return true;
  }
  return false;
}

const isLetterOrDigit = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

export interface AiMarker {
  /** What says so, in words, for the evidence. */
  says: string;
}

/** Every sign in the metadata that a generator made the picture. */
export function aiMarkers(metadata: Metadata): AiMarker[] {
  const rules = photoSoftware();
  const markers: AiMarker[] = [];
  for (const { field, term } of digitalSourceTypes(metadata)) {
    if (rules.aiDigitalSourceTypes.includes(term)) markers.push({ says: `${field} is ${term}` });
  }
  for (const { field, value } of softwareValues(metadata)) {
    const generator = rules.generators.find((g) => g.match.some((m) => containsName(value, m)));
    if (generator) markers.push({ says: `${field} names ${generator.name} (${JSON.stringify(short(value))})` });
  }
  for (const { key, generator } of rules.pngTextKeys) {
    if (typeof metadata[key] === 'string' && metadata[key]) markers.push({ says: `PNG text chunk "${key}" as ${generator} writes it (${JSON.stringify(short(metadata[key] as string))})` });
  }
  return markers;
}

/** IPTC digital source types from XMP/IPTC and from a C2PA manifest, as bare terms. */
export function digitalSourceTypes(metadata: Metadata): { field: string; term: string }[] {
  return ['DigitalSourceType', 'C2PADigitalSourceType'].flatMap((field) =>
    textsOf(metadata[field]).map((value) => ({ field: field === 'C2PADigitalSourceType' ? 'C2PA manifest digitalSourceType' : 'DigitalSourceType', term: value.trim().split('/').pop() ?? '' })),
  );
}

/** The editor a software field names, with its kind, when one does. */
export function editorIn(metadata: Metadata): { name: string; kind: EditorKind; field: string; value: string } | undefined {
  const { editors } = photoSoftware();
  for (const { field, value } of softwareValues(metadata)) {
    const editor = editors.find((e) => e.match.some((m) => containsName(value, m)));
    if (editor) return { name: editor.name, kind: editor.kind, field, value };
  }
  return undefined;
}

export function hasCameraData(metadata: Metadata): boolean {
  return CAMERA_FIELDS.some((f) => metadata[f] !== undefined && metadata[f] !== null && metadata[f] !== '');
}

/** Decimal coordinates from exifr (`latitude`/`longitude`) or from stated GPS fields. */
export function coordinatesOf(metadata: Metadata): { lat: number; lon: number } | undefined {
  const lat = decimal(metadata.latitude ?? metadata.GPSLatitude, metadata.GPSLatitudeRef, 'S');
  const lon = decimal(metadata.longitude ?? metadata.GPSLongitude, metadata.GPSLongitudeRef, 'W');
  if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  // 0,0 is what broken GPS writes, not a place anyone was.
  if (lat === 0 && lon === 0) return undefined;
  return { lat, lon };
}

function decimal(value: unknown, ref: unknown, negative: string): number | undefined {
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) n = Number(value);
  else if (Array.isArray(value) && value.length === 3 && value.every((v) => typeof v === 'number')) n = value[0] + value[1] / 60 + value[2] / 3600;
  if (n === undefined || !Number.isFinite(n)) return undefined;
  return typeof ref === 'string' && ref.trim().toUpperCase() === negative && n > 0 ? -n : n;
}

function short(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/** How a report names a photo: its role and file. */
export function describePhoto(photo: { role: string; file?: string; path: string }): string {
  const role = { id: 'ID photo', selfie: 'selfie', profile: 'profile picture', other: 'photo' }[photo.role] ?? 'photo';
  return photo.file ? `${role} ${JSON.stringify(photo.file)}` : `${role} metadata (${photo.path})`;
}
