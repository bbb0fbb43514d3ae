// The dossier facts the HTML report draws (hours on a clock, countries side by side, photo
// summaries). Findings say what is wrong; these show the whole picture around them. Pure, and
// computed only for `--format html`, so that the other formats never carry them.
// Countries, hours and camera names are kept; street lines, numbers, emails, accounts, IPs and
// coordinates never enter here.

import type { Dossier, Gathered, PhotoEvidence, PhotoFact, PlaceFact, ReportFacts, TimeFacts } from './types.js';
import { claimedZone } from './data/timezones.js';
import { timeSignals, windowMinutes } from './data/time-signals.js';
import { homeAddressIn, parseAddress } from './util/address.js';
import { parsePhone } from './util/phone.js';
import { minuteOfDay, offsetAt, offsetOfTimestamp, offsetsUsed, parseOffset } from './util/tz.js';
import { hasCameraData, softwareValues } from './photo/metadata.js';
import type { Address } from './dossier/schema.js';
import { byCodeUnits } from './util/order.js';

export function reportFacts(dossier: Dossier, gathered: Gathered, now: Date): ReportFacts {
  const time = timeFacts(dossier, gathered, now);
  return { ...(time && { time }), places: placeFacts(dossier, gathered), photos: (gathered.photos ?? []).map(photoFact) };
}

const HOURS = /^([01]\d|2[0-4]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/;

/** Undefined when there is nothing to put on a clock (no hours, no activity, no commits). */
export function timeFacts(dossier: Dossier, gathered: Gathered, now: Date): TimeFacts | undefined {
  const claimed = dossier.availability?.timezone ?? dossier.location?.timezone;
  const known = claimed ? claimedZone(claimed, dossier.location?.country) : undefined;
  const zone = known && offsetAt(known.name, now) !== undefined ? known.name : undefined;
  const offset = zone ? offsetAt(zone, now)! : 0;
  const hoursText = dossier.availability?.hours?.replace(/\s+/g, '');
  const hours = hoursText && HOURS.test(hoursText) ? windowMinutes(hoursText) : undefined;

  const stamps = (dossier.activity?.timestamps ?? []).map((at) => ({ kind: 'activity' as const, at }));
  const commits = (gathered.online?.github?.commits ?? []).map((c) => ({ kind: 'commit' as const, at: c.at }));
  const events = [...stamps, ...commits].flatMap(({ kind, at }) => {
    const instant = new Date(at);
    if (Number.isNaN(instant.getTime()) || (kind === 'activity' && offsetOfTimestamp(at) === undefined)) return [];
    const local = zone ? offsetAt(zone, instant) ?? offset : 0;
    return [{ kind, local: minuteOfDay(instant, local), utc: minuteOfDay(instant, 0) }];
  });

  const offsets = [...(dossier.activity?.commitOffsets ?? []), ...(gathered.online?.github?.commits ?? []).map((c) => c.offset)]
    .map(parseOffset)
    .filter((o): o is number => o !== undefined);
  if (!hours && events.length === 0 && offsets.length === 0) return undefined;
  const used = zone ? offsetsUsed(zone, [now.getUTCFullYear() - 1, now.getUTCFullYear()]) : new Set([0]);
  const rules = timeSignals();
  return {
    ...(zone && { zone }),
    offset,
    ...(hours && { hours }),
    events,
    commitOffsets: tallyOffsets(offsets, used),
    night: windowMinutes(rules.night),
    businessHours: windowMinutes(rules.businessHours),
  };
}

function tallyOffsets(offsets: number[], used: Set<number>): TimeFacts['commitOffsets'] {
  const counts = new Map<number, number>();
  for (const o of offsets) counts.set(o, (counts.get(o) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([offset, count]) => ({ offset, count, fits: used.has(offset) }));
}

/** One row per place the dossier or the gathered evidence names, in the order a reviewer reads them. */
export function placeFacts(dossier: Dossier, gathered: Gathered): PlaceFact[] {
  const claimed = dossier.location?.country?.toUpperCase();
  const places: (PlaceFact | undefined)[] = [
    dossier.location && { label: 'Claimed location', path: '$.location', ...country(claimed), ...note([dossier.location.city, dossier.location.region]) },
    zonePlace(dossier, claimed),
    addressPlace('Home address', '$.addresses.home', dossier.addresses?.home && homeAddressIn(dossier.addresses.home, dossier.location), claimed),
    addressPlace('Shipping address', '$.addresses.shipping', dossier.addresses?.shipping, claimed),
    addressPlace('Address on the ID', '$.addresses.id', dossier.addresses?.id, claimed),
    dossier.idDocument?.issuingCountry ? { label: 'ID document issued by', path: '$.idDocument.issuingCountry', ...country(dossier.idDocument.issuingCountry) } : undefined,
    phonePlace(dossier.phone, claimed),
    gathered.online?.phone?.country ? { label: 'Phone number (online lookup)', path: '$.phone', ...country(gathered.online.phone.country), note: gathered.online.phone.lineType } : undefined,
    bankPlace(dossier),
    ...(gathered.photos ?? []).filter((p) => p.gpsCountry).map((p) => ({ label: `Photo GPS (${p.role})`, path: p.path, ...country(p.gpsCountry) })),
    ...ipPlaces(gathered),
  ];
  return places.filter((p): p is PlaceFact => p !== undefined);
}

function country(code: string | undefined): { country?: string } {
  const upper = code?.trim().toUpperCase();
  return upper && /^[A-Z]{2}$/.test(upper) ? { country: upper } : {};
}

function note(parts: (string | undefined)[]): { note?: string } {
  const text = parts.filter((p) => p && p.trim()).join(', ');
  return text ? { note: text } : {};
}

function zonePlace(dossier: Dossier, claimed: string | undefined): PlaceFact | undefined {
  const written = dossier.location?.timezone ?? dossier.availability?.timezone;
  if (!written) return undefined;
  const path = dossier.location?.timezone ? '$.location.timezone' : '$.availability.timezone';
  const zone = claimedZone(written, dossier.location?.country);
  if (!zone) return { label: 'Time zone', path, note: `${written} (no zone vet can read)` };
  // A zone shared by several countries (Europe/Berlin is also Denmark's) agrees with any of them.
  const countries = zone.countries;
  const match = claimed && countries.includes(claimed) ? claimed : countries.length === 1 ? countries[0] : undefined;
  return { label: 'Time zone', path, ...country(match), note: zone.written === undefined ? zone.name : `${zone.written}: ${zone.name}` };
}

/** The city and country of an address: what the masked form shows too, without street or postal code. */
function addressPlace(label: string, path: string, address: Address | undefined, claimed: string | undefined): PlaceFact | undefined {
  if (!address) return undefined;
  const parsed = parseAddress(address, claimed);
  return { label, path, ...country(parsed.country), ...note([parsed.city, parsed.region]) };
}

function phonePlace(phone: string | undefined, claimed: string | undefined): PlaceFact | undefined {
  if (!phone) return undefined;
  const parsed = parsePhone(phone, claimed);
  const type = parsed?.type ? parsed.type.toLowerCase().replace(/_/g, ' ') : undefined;
  return { label: 'Phone number', path: '$.phone', ...country(parsed?.valid ? parsed.country : undefined), ...(type ? { note: type } : parsed?.valid === false ? { note: 'not a valid number' } : {}) };
}

function bankPlace(dossier: Dossier): PlaceFact | undefined {
  const payment = dossier.payment;
  if (!payment) return undefined;
  // The IBAN's first two letters are its country: shown when the dossier names no bank country.
  const iban = payment.iban?.replace(/\s+/g, '').toUpperCase();
  const fromIban = iban && /^[A-Z]{2}\d{2}/.test(iban) ? iban.slice(0, 2) : undefined;
  const code = payment.bankCountry ?? fromIban;
  if (!code && !payment.method) return undefined;
  return { label: 'Bank account', path: payment.bankCountry ? '$.payment.bankCountry' : '$.payment', ...country(code), ...(payment.method && { note: payment.method.replace(/_/g, ' ') }) };
}

/** IP addresses grouped by the country the lookup gave: `IP addresses (2 of 3)`, never the addresses. */
function ipPlaces(gathered: Gathered): PlaceFact[] {
  const lookups = Object.values(gathered.online?.ip ?? {});
  const byCountry = new Map<string, number>();
  for (const l of lookups) if (l.country) byCountry.set(l.country, (byCountry.get(l.country) ?? 0) + 1);
  return [...byCountry]
    .sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]))
    .map(([code, n]) => ({ label: `IP addresses (${n} of ${lookups.length})`, path: '$.network.ipAddresses', ...country(code), note: 'online lookup' }));
}

/** `Canon` + `Canon EOS 250D` -> `Canon EOS 250D`: most cameras repeat the make in the model. */
function cameraName(make: unknown, model: unknown): string {
  const parts = [make, model].filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
  if (parts.length === 2 && parts[1].toLowerCase().startsWith(parts[0].toLowerCase())) return parts[1];
  return parts.join(' ');
}

export function photoFact(photo: PhotoEvidence): PhotoFact {
  const metadata = photo.metadata ?? {};
  const camera = cameraName(metadata.Make, metadata.Model);
  const software = softwareValues(metadata)[0]?.value;
  const taken = typeof metadata.DateTimeOriginal === 'string' ? metadata.DateTimeOriginal : undefined;
  return {
    path: photo.path,
    role: photo.role,
    ...(photo.file !== undefined && { file: photo.file }),
    ...(photo.width !== undefined && { width: photo.width, height: photo.height }),
    ...(camera && { camera: camera.slice(0, 120) }),
    ...(software && { software: software.slice(0, 120) }),
    ...(taken && { taken: taken.slice(0, 40) }),
    hasCameraData: hasCameraData(metadata),
    ...(photo.gpsCountry && { gpsCountry: photo.gpsCountry }),
    ...(photo.error && { error: photo.error }),
    ...(photo.thumbnail && { thumbnail: photo.thumbnail }),
  };
}
