import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

const SYSTEM_ZONES = '/usr/share/zoneinfo';
const HOUR = 3600;
const savedTzdir = process.env.TZDIR;
const folders: string[] = [];

afterEach(() => {
  if (savedTzdir === undefined) delete process.env.TZDIR;
  else process.env.TZDIR = savedTzdir;
});

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** The reader reads TZDIR once and keeps what it parsed: each case gets fresh modules over its own folder. */
async function readerOver(tzdir: string | undefined) {
  if (tzdir === undefined) delete process.env.TZDIR;
  else process.env.TZDIR = tzdir;
  vi.resetModules();
  const { zoneFileOffset } = await import('../../src/util/tzif.js');
  const { offsetAt } = await import('../../src/util/tz.js');
  return {
    /** Minutes, as the checks see them; undefined where the file does not answer. */
    minutes: (zone: string, iso: string) => {
      const seconds = zoneFileOffset(zone, Date.parse(iso));
      return seconds === undefined ? undefined : seconds / 60;
    },
    zoneFileOffset,
    offsetAt: (zone: string, iso: string) => offsetAt(zone, new Date(iso)),
  };
}

/** A folder holding the given files (path inside the folder -> bytes). */
function zoneFolder(files: Record<string, Uint8Array | string> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'vet-tzif-'));
  folders.push(folder);
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
  return folder;
}

interface TzifContent {
  /** [seconds since the epoch, index into types] */
  transitions: [number, number][];
  /** [seconds east of UTC, is daylight time, designation] */
  types: [number, boolean, string][];
  footer: string;
  version?: string;
  leapSeconds?: number;
}

/** TZif bytes as RFC 8536 lays them out: a 32-bit block, the same data in a 64-bit block, then the footer. */
function tzif({ transitions, types, footer, version = '2', leapSeconds = 0 }: TzifContent): Buffer {
  const designations = types.map(([, , name]) => `${name}\0`);
  const chars = designations.join('');
  const block = (timeSize: 4 | 8) => {
    const kept = timeSize === 8 ? transitions : transitions.filter(([at]) => at >= -(2 ** 31) && at < 2 ** 31);
    const header = Buffer.alloc(44);
    header.write(`TZif${version}`, 'latin1');
    [0, 0, leapSeconds, kept.length, types.length, chars.length].forEach((count, i) => header.writeUInt32BE(count, 20 + 4 * i));
    const data = Buffer.alloc(kept.length * (timeSize + 1) + types.length * 6 + chars.length + leapSeconds * (timeSize + 4));
    kept.forEach(([at, type], i) => {
      if (timeSize === 8) data.writeBigInt64BE(BigInt(at), 8 * i);
      else data.writeInt32BE(at, 4 * i);
      data[kept.length * timeSize + i] = type;
    });
    let at = kept.length * (timeSize + 1);
    types.forEach(([offset, daylight], i) => {
      data.writeInt32BE(offset, at);
      data[at + 4] = daylight ? 1 : 0;
      data[at + 5] = designations.slice(0, i).join('').length;
      at += 6;
    });
    data.write(chars, at, 'latin1');
    return Buffer.concat([header, data]);
  };
  const footerBytes = version === '\0' ? Buffer.alloc(0) : Buffer.from(`\n${footer}\n`, 'latin1');
  return Buffer.concat([block(4), ...(version === '\0' ? [] : [block(8)]), footerBytes]);
}

/** The 64-bit data of a TZif file, as far as these tests need it. */
function readTzif(file: Buffer): TzifContent {
  const counts = (at: number) => [0, 1, 2, 3, 4, 5].map((i) => file.readUInt32BE(at + 20 + 4 * i));
  const [ut1, std1, leap1, time1, type1, char1] = counts(0);
  const second = 44 + time1 * 5 + type1 * 6 + char1 + leap1 * 8 + std1 + ut1;
  const [ut, std, leap, time, type, char] = counts(second);
  const data = second + 44;
  const typesAt = data + time * 9;
  const charsAt = typesAt + type * 6;
  const footerAt = charsAt + char + leap * 12 + std + ut;
  const designation = (index: number) => file.toString('latin1', charsAt + index, file.indexOf(0, charsAt + index));
  return {
    transitions: Array.from({ length: time }, (_, i) => [Number(file.readBigInt64BE(data + 8 * i)), file[data + 8 * time + i]]),
    types: Array.from({ length: type }, (_, i) => [file.readInt32BE(typesAt + 6 * i), file[typesAt + 6 * i + 4] === 1, designation(file[typesAt + 6 * i + 5])]),
    footer: file.toString('latin1', footerAt + 1, file.indexOf(10, footerAt + 1)),
  };
}

/** Only the transitions before `before`: what `zic -b slim` writes for a zone whose footer takes over then. */
function slimmed(fat: Buffer, before: number): Buffer {
  const content = readTzif(fat);
  return tzif({ ...content, transitions: content.transitions.filter(([at]) => at < before) });
}

/** A file with no transitions at all: everything comes from the footer. */
function footerOnly(footer: string, standard: number): Buffer {
  return tzif({ transitions: [], types: [[standard, false, 'STD']], footer });
}

function intlMinutes(zone: string, iso: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName')!.value;
  if (name === 'GMT') return 0;
  const [hours, minutes] = name.slice(4).split(':').map(Number);
  return (name[3] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

describe('util/tzif: POSIX TZ strings in the footer', () => {
  // [what it shows, footer, standard offset in seconds, a real zone with this footer, [instant, minutes east][]]
  const cases: [string, string, number, string | null, [string, number][]][] = [
    ['US rules, default 02:00', 'CST6CDT,M3.2.0,M11.1.0', -6 * HOUR, 'America/Chicago', [
      ['2026-03-08T07:59:59Z', -360], ['2026-03-08T08:00:00Z', -300], ['2026-11-01T06:59:59Z', -300], ['2026-11-01T07:00:00Z', -360], ['2041-07-01T00:00:00Z', -300],
    ]],
    ['times written out', 'EST5EDT,M3.2.0/2,M11.1.0/2', -5 * HOUR, 'America/New_York', [
      ['2026-03-08T06:59:59Z', -300], ['2026-03-08T07:00:00Z', -240], ['2026-11-01T05:59:59Z', -240], ['2026-11-01T06:00:00Z', -300],
    ]],
    ['southern hemisphere, daylight time across the new year', 'AEST-10AEDT,M10.1.0,M4.1.0/3', 10 * HOUR, 'Australia/Sydney', [
      ['2026-04-04T15:59:59Z', 660], ['2026-04-04T16:00:00Z', 600], ['2026-10-03T15:59:59Z', 600], ['2026-10-03T16:00:00Z', 660],
      ['2026-12-31T23:59:59Z', 660], ['2027-01-01T00:00:00Z', 660], ['2026-07-01T00:00:00Z', 600],
    ]],
    ['offsets and times with minutes', '<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45', 12.75 * HOUR, 'Pacific/Chatham', [
      ['2026-04-04T13:59:59Z', 825], ['2026-04-04T14:00:00Z', 765], ['2026-09-26T13:59:59Z', 765], ['2026-09-26T14:00:00Z', 825],
    ]],
    ['negative change times', '<-02>2<-01>,M3.5.0/-1,M10.5.0/0', -2 * HOUR, 'America/Nuuk', [
      ['2026-03-29T00:59:59Z', -120], ['2026-03-29T01:00:00Z', -60], ['2026-10-25T00:59:59Z', -60], ['2026-10-25T01:00:00Z', -120],
    ]],
    ['a change time past 24:00', 'IST-2IDT,M3.4.4/26,M10.5.0', 2 * HOUR, 'Asia/Jerusalem', [
      ['2026-03-26T23:59:59Z', 120], ['2026-03-27T00:00:00Z', 180], ['2026-10-24T22:59:59Z', 180], ['2026-10-24T23:00:00Z', 120],
    ]],
    ['negative daylight saving (winter is the "daylight" time)', 'IST-1GMT0,M10.5.0,M3.5.0/1', HOUR, 'Europe/Dublin', [
      ['2026-03-29T00:59:59Z', 0], ['2026-03-29T01:00:00Z', 60], ['2026-10-25T00:59:59Z', 60], ['2026-10-25T01:00:00Z', 0], ['2026-01-15T12:00:00Z', 0],
    ]],
    ['change times of -167 and 167 hours, the limits RFC 8536 allows', '<+00>0<+01>,M3.5.0/-167,M10.5.0/167', 0, null, [
      ['2026-03-22T00:59:59Z', 0], ['2026-03-22T01:00:00Z', 60], ['2026-10-31T21:59:59Z', 60], ['2026-10-31T22:00:00Z', 0],
    ]],
    ['daylight time all year (RFC 8536 section 3.3.1)', 'EST5EDT,0/0,J365/25', -5 * HOUR, null, [
      ['2026-01-01T04:59:59Z', -240], ['2026-01-01T05:00:00Z', -240], ['2026-07-01T00:00:00Z', -240], ['2026-12-31T23:59:59Z', -240],
    ]],
    ['Julian days: J60 is March 1, leap year or not', '<+00>0<+01>,J60,J305', 0, null, [
      ['2024-03-01T01:59:59Z', 0], ['2024-03-01T02:00:00Z', 60], ['2025-02-28T23:00:00Z', 0], ['2025-03-01T02:00:00Z', 60],
      ['2024-11-01T00:59:59Z', 60], ['2024-11-01T01:00:00Z', 0],
    ]],
    ['zero-based days: day 59 is February 29 in a leap year', '<+00>0<+01>,59,304', 0, null, [
      ['2024-02-29T01:59:59Z', 0], ['2024-02-29T02:00:00Z', 60], ['2025-03-01T01:59:59Z', 0], ['2025-03-01T02:00:00Z', 60],
      ['2024-10-31T00:59:59Z', 60], ['2024-10-31T01:00:00Z', 0], ['2025-11-01T00:59:59Z', 60], ['2025-11-01T01:00:00Z', 0],
    ]],
    ['a daylight offset written out, half an hour ahead', '<+1030>-10:30<+11>-11,M10.1.0,M4.1.0', 10.5 * HOUR, 'Australia/Lord_Howe', [
      ['2026-04-04T14:59:59Z', 660], ['2026-04-04T15:00:00Z', 630], ['2026-10-03T15:29:59Z', 630], ['2026-10-03T15:30:00Z', 660],
    ]],
    ['fixed offset with minutes', '<+0545>-5:45', 5.75 * HOUR, 'Asia/Kathmandu', [['2026-06-01T00:00:00Z', 345], ['2050-01-01T00:00:00Z', 345]]],
    ['fixed offset, half hour', '<+0330>-3:30', 3.5 * HOUR, 'Asia/Tehran', [['2026-06-01T00:00:00Z', 210]]],
    ['fixed offset west of UTC', '<-03>3', -3 * HOUR, 'America/Sao_Paulo', [['2026-01-01T00:00:00Z', -180]]],
    ['UTC', 'UTC0', 0, 'Etc/UTC', [['2026-01-01T00:00:00Z', 0]]],
  ];

  it.each(cases)('%s: %s', async (_, footer, standard, like, expected) => {
    const reader = await readerOver(zoneFolder({ 'Test/Zone': footerOnly(footer, standard) }));
    for (const [iso, minutes] of expected) {
      expect([iso, reader.minutes('Test/Zone', iso)]).toEqual([iso, minutes]);
      if (like) expect([iso, like, intlMinutes(like, iso)]).toEqual([iso, like, minutes]);
    }
  });

  it('answers nothing where the footer says local time is unknown (-00)', async () => {
    const reader = await readerOver(zoneFolder({ 'Test/Zone': footerOnly('<-00>0', 0) }));
    expect(reader.minutes('Test/Zone', '2026-01-01T00:00:00Z')).toBeUndefined();
  });
});

describe('util/tzif: transitions', () => {
  // An Antarctic station: no local time until it opened in 2005, then +01 (Antarctica/Troll's file reads so).
  const opened = Date.UTC(2005, 1, 12) / 1000;
  const station = tzif({ transitions: [[opened, 1]], types: [[0, false, '-00'], [HOUR, false, '+01']], footer: '<+01>-1' });

  it('uses the first local time type before the first transition, the footer after the last', async () => {
    const reader = await readerOver(zoneFolder({ 'Test/Station': station }));
    expect(reader.minutes('Test/Station', '2005-02-11T23:59:59Z')).toBeUndefined(); // "-00": unknown, Intl's to say
    expect(reader.minutes('Test/Station', '2005-02-12T00:00:00Z')).toBe(60);
    expect(reader.minutes('Test/Station', '2030-01-01T00:00:00Z')).toBe(60);
  });

  it('takes the first type as it is, not the first type that has a transition', async () => {
    const reader = await readerOver(
      zoneFolder({ 'Test/Zone': tzif({ transitions: [[0, 1]], types: [[-2 * HOUR, false, 'ONE'], [-3 * HOUR, false, 'TWO']], footer: '<TWO>3' }) }),
    );
    expect(reader.minutes('Test/Zone', '1969-12-31T23:59:59Z')).toBe(-120);
    expect(reader.minutes('Test/Zone', '1970-01-01T00:00:00Z')).toBe(-180);
  });
});

describe('util/tzif: the system files', () => {
  it('reads a fat file: transitions up to 2037, then the footer', async () => {
    const reader = await readerOver(undefined);
    const chicago = (iso: string) => reader.minutes('America/Chicago', iso);
    expect(readFileSync(`${SYSTEM_ZONES}/America/Chicago`).length).toBeGreaterThan(2000); // fat: a slim Chicago is about 1.7 KB
    expect([chicago('1974-01-06T07:59:59Z'), chicago('1974-01-06T08:00:00Z')]).toEqual([-360, -300]); // the energy crisis: daylight time in January
    expect([chicago('2007-03-11T07:59:59Z'), chicago('2007-03-11T08:00:00Z')]).toEqual([-360, -300]);
    expect([chicago('2037-11-01T06:59:59Z'), chicago('2037-11-01T07:00:00Z')]).toEqual([-300, -360]);
    expect([chicago('2040-03-11T07:59:59Z'), chicago('2040-03-11T08:00:00Z')]).toEqual([-360, -300]);
    expect(reader.minutes('Australia/Lord_Howe', '2026-01-15T00:00:00Z')).toBe(660);
    expect(reader.minutes('Australia/Lord_Howe', '2026-07-15T00:00:00Z')).toBe(630);
  });

  it('reads single-name zones and aliases, and follows symlinks inside the folder', async () => {
    const reader = await readerOver(undefined);
    expect(reader.minutes('UTC', '2026-01-01T00:00:00Z')).toBe(0);
    expect(reader.minutes('EST5EDT', '2026-07-01T00:00:00Z')).toBe(-240);
    expect(reader.minutes('Etc/GMT+5', '2026-07-01T00:00:00Z')).toBe(-300);
    expect(reader.minutes('US/Central', '2026-07-01T00:00:00Z')).toBe(-300);
  });

  // [zone, the year its footer takes over]
  it.each([
    ['America/Chicago', 2008],
    ['Australia/Sydney', 2009],
    ['Europe/Dublin', 1997],
    ['America/Nuuk', 2025],
    ['Asia/Jerusalem', 2014],
    ['Pacific/Chatham', 2008],
  ])('reads %s slimmed to its transitions before %i as it reads the fat file', async (zone, year) => {
    const fat = readFileSync(`${SYSTEM_ZONES}/${zone}`);
    const slim = slimmed(fat, Date.UTC(year, 0, 1) / 1000);
    expect(slim.length).toBeLessThan(fat.length);
    const reader = await readerOver(zoneFolder({ [`Fat/${zone}`]: fat, [`Slim/${zone}`]: slim }));
    const footerFrom = Date.UTC(year, 0, 1);
    const to = Date.UTC(2038, 0, 1);
    const changes = readTzif(fat)
      .transitions.map(([at]) => at * 1000)
      .filter((at) => at >= footerFrom && at < to);
    const every6Hours = Array.from({ length: (to - Date.UTC(1973, 0, 1)) / (6 * HOUR * 1000) }, (_, i) => Date.UTC(1973, 0, 1) + i * 6 * HOUR * 1000);
    const differing = [...changes.flatMap((at) => [at - 1000, at]), ...every6Hours]
      .filter((at) => reader.zoneFileOffset(`Slim/${zone}`, at) !== reader.zoneFileOffset(`Fat/${zone}`, at))
      .map((at) => new Date(at).toISOString());
    expect(differing.slice(0, 5)).toEqual([]);
    expect(changes.length).toBeGreaterThan(10); // the footer did the work
  });
});

describe('util/tzif: files it must not trust, where Intl answers instead', () => {
  const chicago = () => readFileSync(`${SYSTEM_ZONES}/America/Chicago`);
  const winter = '2026-01-15T12:00:00Z';

  it('TZDIR pointing to an empty folder', async () => {
    const reader = await readerOver(zoneFolder());
    expect(reader.minutes('America/Chicago', winter)).toBeUndefined();
    expect(reader.offsetAt('America/Chicago', winter)).toBe(-360);
  });

  it('a missing file', async () => {
    const reader = await readerOver(zoneFolder({ 'America/Chicago': chicago() }));
    expect(reader.minutes('America/Denver', winter)).toBeUndefined();
    expect(reader.offsetAt('America/Denver', winter)).toBe(-420);
    expect(reader.minutes('America', winter)).toBeUndefined(); // a folder
  });

  it('a file that is not TZif, or only version 1', async () => {
    const reader = await readerOver(
      zoneFolder({
        'Bad/Text': 'America/Chicago\n',
        'Bad/Empty': '',
        'Bad/Version_1': tzif({ transitions: [], types: [[-6 * HOUR, false, 'CST']], footer: '', version: '\0' }),
      }),
    );
    for (const zone of ['Bad/Text', 'Bad/Empty', 'Bad/Version_1']) expect([zone, reader.minutes(zone, winter)]).toEqual([zone, undefined]);
  });

  it('truncated files, wherever they end', async () => {
    const whole = chicago();
    const firstBlockEnd = whole.indexOf('TZif', 4);
    const ends = { In_Header: 30, In_First_Block: 200, In_Second_Header: firstBlockEnd + 30, In_Data: firstBlockEnd + 600, In_Footer: whole.length - 1 };
    const files = Object.fromEntries(Object.entries(ends).map(([name, end]) => [`Cut/${name}`, whole.subarray(0, end)]));
    const reader = await readerOver(zoneFolder({ ...files, 'Cut/Whole': whole }));
    expect(reader.minutes('Cut/Whole', winter)).toBe(-360);
    for (const zone of Object.keys(files)) expect([zone, reader.minutes(zone, winter)]).toEqual([zone, undefined]);
  });

  it('files whose data contradict themselves or that it cannot read', async () => {
    const types: TzifContent['types'] = [[-6 * HOUR, false, 'CST'], [-5 * HOUR, true, 'CDT']];
    const reader = await readerOver(
      zoneFolder({
        'Bad/Type_Index': tzif({ transitions: [[0, 2]], types, footer: '' }),
        'Bad/Order': tzif({ transitions: [[100_000, 1], [0, 0]], types, footer: '' }),
        'Bad/Footer': tzif({ transitions: [[0, 0]], types, footer: 'not a rule' }),
        'Bad/Leap_Seconds': tzif({ transitions: [[0, 0]], types, footer: 'CST6CDT,M3.2.0,M11.1.0', leapSeconds: 1 }),
        'Bad/Footer_Unframed': Buffer.from(tzif({ transitions: [[0, 0]], types, footer: 'CST6CDT,M3.2.0,M11.1.0' }).toString('latin1').replace('\nCST', ' CST'), 'latin1'),
      }),
    );
    for (const zone of ['Type_Index', 'Order', 'Footer', 'Leap_Seconds', 'Footer_Unframed'].map((name) => `Bad/${name}`)) {
      expect([zone, reader.minutes(zone, winter)]).toEqual([zone, undefined]);
    }
  });

  it.each([
    ['no rule after the daylight name', 'CST6CDT'],
    ['one change only', 'CST6CDT,M3.2.0'],
    ['a name of two letters', 'CS6'],
    ['an unclosed quoted name', '<+05-5'],
    ['an offset past 24 hours', 'CST25'],
    ['sixty minutes', 'CST6:60'],
    ['month 13', 'CST6CDT,M13.2.0,M11.1.0'],
    ['week 6', 'CST6CDT,M3.6.0,M11.1.0'],
    ['weekday 7', 'CST6CDT,M3.2.7,M11.1.0'],
    ['Julian day 0', 'CST6CDT,J0,J365'],
    ['day 366', 'CST6CDT,366,0'],
    ['a change time past 167 hours', 'CST6CDT,M3.2.0/168,M11.1.0'],
    ['something after the rule', 'CST6CDT,M3.2.0,M11.1.0x'],
    ['no offset', 'CST'],
  ])('a footer with %s (%s)', async (_, footer) => {
    const reader = await readerOver(zoneFolder({ 'Bad/Footer': tzif({ transitions: [[0, 0]], types: [[-6 * HOUR, false, 'CST']], footer }) }));
    expect(reader.minutes('Bad/Footer', winter)).toBeUndefined();
  });

  it('names that are not zone names: .., a leading /, the folder\'s other files', async () => {
    const folder = zoneFolder({ 'America/Chicago': footerOnly('<+07>-7', 7 * HOUR), 'zones/posixrules': chicago(), 'zones/Europe/Paris': chicago() });
    const reader = await readerOver(join(folder, 'zones'));
    for (const zone of ['../America/Chicago', `${folder}/America/Chicago`, 'Europe/../../America/Chicago', './Europe/Paris', 'Europe/./Paris', 'posixrules', '', 'Europe/Paris/']) {
      expect([zone, reader.minutes(zone, winter)]).toEqual([zone, undefined]);
    }
    expect(reader.minutes('Europe/Paris', winter)).toBe(-360); // the folder itself is read
  });

  it('follows a symlink inside the folder', async () => {
    const folder = zoneFolder({ 'America/Chicago': chicago() });
    mkdirSync(join(folder, 'US'));
    symlinkSync('../America/Chicago', join(folder, 'US/Central'));
    const reader = await readerOver(folder);
    expect(reader.minutes('US/Central', winter)).toBe(-360);
  });

  it('keeps what it parsed: the file is read once per process', async () => {
    const folder = zoneFolder({ 'America/Chicago': footerOnly('<+07>-7', 7 * HOUR) });
    const reader = await readerOver(folder);
    expect(reader.minutes('America/Chicago', winter)).toBe(420);
    writeFileSync(join(folder, 'America/Chicago'), 'gone');
    expect(reader.minutes('America/Chicago', '2026-07-15T12:00:00Z')).toBe(420);
  });
});

describe('util/tz over the zone files', () => {
  it('takes the file\'s offset from 1973 on, and Intl\'s before', async () => {
    const reader = await readerOver(zoneFolder({ 'America/Chicago': footerOnly('<+07>-7', 7 * HOUR) }));
    expect(reader.offsetAt('America/Chicago', '2026-01-15T12:00:00Z')).toBe(420);
    expect(reader.offsetAt('America/Chicago', '1972-12-31T23:59:59Z')).toBe(-360);
  });

  it('asks Intl when the file\'s offset is not a whole number of minutes', async () => {
    const reader = await readerOver(zoneFolder({ 'America/Chicago': footerOnly('<-0600>6:00:30', -6 * HOUR - 30) }));
    expect(reader.zoneFileOffset('America/Chicago', Date.parse('2026-01-15T12:00:00Z'))).toBe(-6 * HOUR - 30);
    expect(reader.offsetAt('America/Chicago', '2026-01-15T12:00:00Z')).toBe(-360);
  });
});
