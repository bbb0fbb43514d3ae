import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatOffset, inWindow, minuteOfDay, offsetAt, offsetOfTimestamp, offsetsUsed, parseOffset } from '../../src/util/tz.js';
import { zoneFileOffset } from '../../src/util/tzif.js';
import { pushTo } from '../../src/util/collections.js';

describe('util/tz', () => {
  it.each([
    ['America/Chicago', [-360, -300]],
    ['America/Phoenix', [-420]],
    ['Asia/Kolkata', [330]],
    ['Asia/Tokyo', [540]],
    ['Australia/Lord_Howe', [630, 660]],
    ['Etc/UTC', [0]],
  ])('%s uses %j in 2025-2026', (zone, expected) => {
    expect([...offsetsUsed(zone as string, [2025, 2026])].sort((a, b) => a - b)).toEqual(expected);
  });

  it('gives the offset at an instant, with daylight saving', () => {
    expect(offsetAt('America/New_York', new Date('2026-01-15T12:00:00Z'))).toBe(-300);
    expect(offsetAt('America/New_York', new Date('2026-07-15T12:00:00Z'))).toBe(-240);
    expect(offsetAt('Not/A_Zone', new Date())).toBeUndefined();
  });

  it.each([
    ['+0900', 540],
    ['-05:00', -300],
    ['+0530', 330],
    ['Z', 0],
    ['0900', undefined],
    ['+9', undefined],
  ])('parses offset %s', (text, minutes) => {
    expect(parseOffset(text)).toBe(minutes);
  });

  it('reads offsets from timestamps and formats them back', () => {
    expect(offsetOfTimestamp('2026-01-05T02:14:00+09:00')).toBe(540);
    expect(offsetOfTimestamp('2026-01-05T02:14:00Z')).toBe(0);
    expect(formatOffset(-330)).toBe('-05:30');
  });

  it('wraps windows and clocks around midnight', () => {
    expect(minuteOfDay(new Date('2026-01-05T02:14:00Z'), -360)).toBe(20 * 60 + 14);
    expect(inWindow(23 * 60, 21 * 60, 7 * 60)).toBe(true);
    expect(inWindow(12 * 60, 21 * 60, 7 * 60)).toBe(false);
    expect(inWindow(12 * 60, 8 * 60, 18 * 60)).toBe(true);
  });
});

/** The offset as Intl gives it: what offsetAt answers when the zone files cannot. */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function intlOffset(zone: string, at: Date): number | undefined {
  if (!formatters.has(zone)) {
    try {
      // The hour alone: the shortest text that carries the offset, formatted twice as fast as parts.
      formatters.set(zone, new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', timeZoneName: 'longOffset' }));
    } catch {
      formatters.set(zone, null);
    }
  }
  const text = formatters.get(zone)?.format(at);
  if (text === undefined) return undefined;
  // "2 AM GMT" for zero, else "2 AM GMT+09:00" / "2 AM GMT-05:30".
  const offset = text.slice(text.lastIndexOf('GMT') + 3);
  return offset === '' ? 0 : parseOffset(offset);
}

function fileMinutes(zone: string, epochMs: number): number | undefined {
  const seconds = zoneFileOffset(zone, epochMs);
  return seconds === undefined ? undefined : seconds / 60;
}

const DAY = 86_400_000;

/**
 * Where the system's tzdata (Debian 2025b) and Node's ICU data (2025c) truly disagree from 1973 on.
 * With those two versions each entry must still disagree somewhere, or leave the list; elsewhere the
 * list only excuses (a machine with other versions may need entries of its own).
 */
const LISTED_FOR = { system: '2025b', icu: '2025c' };
const KNOWN_DIFFERENCES = [
  {
    zones: ['America/Tijuana', 'America/Ensenada', 'America/Santa_Isabel', 'Mexico/BajaNorte'],
    until: Date.UTC(1976, 0, 1),
    reason: "tzdata 2025c found that Baja California kept California's daylight saving time in 1961-1975; 2025b has standard time all year",
  },
  {
    zones: ['EET', 'WET'],
    until: Date.UTC(1997, 0, 1),
    reason:
      'Debian builds tzdata with backzone, which keeps the System V zones EET and WET on EU rules; tzdb (and so ICU) has made them links to Europe/Athens and Europe/Lisbon since 2024b',
  },
];

/** The `# version 2025b` line that opens tzdata.zi, where the system ships it. */
function systemTzdataVersion(): string | undefined {
  try {
    return /^# version (\S+)/.exec(readFileSync('/usr/share/zoneinfo/tzdata.zi', 'latin1').slice(0, 100))?.[1];
  } catch {
    return undefined;
  }
}

function knownDifference(zone: string, at: number): boolean {
  return KNOWN_DIFFERENCES.some((known) => known.zones.includes(zone) && at < known.until);
}

/**
 * When the system's tzdata is newer than ICU's (Debian updates it; Node's ICU moves with Node),
 * Intl cannot judge where they differ: in 2026 British Columbia, Alberta, Manitoba and Morocco
 * gave up changing clocks, and tzdata corrected Moldova since 2022, Bogota in 1992 and Tehran
 * in 1979. glibc, reading the same zone files with its own code, judges those instants instead.
 */
const SYSTEM_NEWER = ((system = systemTzdataVersion(), icu = process.versions.tz) => system !== undefined && icu !== undefined && system > icu)();

/** Instants at which the zone file and Intl differ, for glibc to judge. */
class NewerRules {
  private readonly byZone = new Map<string, number[]>();
  add(zone: string, at: number): void {
    pushTo(this.byZone, zone, at);
  }
  /** Where the zone file's offset (as read here) is not what glibc's localtime gives. */
  disagreements(): string[] {
    return [...this.byZone].flatMap(([zone, instants]) => {
      const glibc = glibcOffsets(zone, instants);
      return instants.flatMap((at, i) => (fileMinutes(zone, at) === glibc[i] ? [] : [`${zone} ${new Date(at).toISOString()}: ${fileMinutes(zone, at)} vs glibc ${glibc[i]}`]));
    });
  }
}

/** The offsets glibc gives at the instants, in minutes: `date` reads them all from stdin in one run. */
function glibcOffsets(zone: string, instants: number[]): (number | undefined)[] {
  const result = spawnSync('date', ['-f', '-', '+%z'], { input: instants.map((at) => `@${Math.floor(at / 1000)}`).join('\n'), env: { TZ: zone }, encoding: 'utf8' });
  return result.stdout.trim().split('\n').map((z) => parseOffset(z));
}

describe('offsets from the system tz database, against Intl', () => {
  const rules = JSON.parse(readFileSync(new URL('../../rules/timezones.json', import.meta.url), 'utf8')) as { zones: string[]; aliases: Record<string, string> };
  const names = [...rules.zones, ...Object.keys(rules.aliases)];
  const from = Date.UTC(1973, 0, 1);
  const to = Date.UTC(2038, 0, 1);
  // Every 15 days at a moving hour: daylight saving periods last weeks or months, so none goes unseen.
  const samples = Array.from({ length: Math.floor((to - from) / (15 * DAY)) }, (_, i) => from + i * 15 * DAY + (i % 24) * 3_600_000);
  // Local time unknown ("-00") for the whole span: Intl does not know Factory.
  const neverAnswered = ['Factory'];

  it('agree for every zone and alias listed in rules/timezones.json, 1973-2037', () => {
    const differing: string[] = [];
    const newer = new NewerRules();
    const knownSeen = new Set<string>();
    const silent: string[] = [];
    let answered = 0;
    for (const zone of names) {
      let zoneAnswered = 0;
      for (const at of samples) {
        const offset = fileMinutes(zone, at);
        if (offset === undefined) continue;
        zoneAnswered++;
        const expected = intlOffset(zone, new Date(at));
        if (offset === expected) continue;
        if (knownDifference(zone, at)) knownSeen.add(zone);
        else if (SYSTEM_NEWER) newer.add(zone, at);
        else differing.push(`${zone} ${new Date(at).toISOString()}: ${offset} vs ${expected}`);
      }
      if (zoneAnswered === 0) silent.push(zone);
      answered += zoneAnswered;
    }
    expect(differing.slice(0, 10)).toEqual([]);
    expect(newer.disagreements().slice(0, 10)).toEqual([]);
    if (systemTzdataVersion() === LISTED_FOR.system && process.versions.tz === LISTED_FOR.icu) {
      expect([...knownSeen].sort()).toEqual(KNOWN_DIFFERENCES.flatMap((known) => known.zones).sort());
    }
    expect(silent).toEqual(neverAnswered);
    // Short only of Antarctic stations before they opened (Troll 2005, Rothera 1976) or while closed
    // (Vostok 1994): no local time ("-00"), Intl's to answer.
    expect(answered).toBeGreaterThan((names.length - neverAnswered.length) * samples.length - 1_000);
  });

  it('change offset at the same second as Intl, 1973-2037', () => {
    const differing: string[] = [];
    const newer = new NewerRules();
    let changes = 0;
    for (const zone of names) {
      let previous = fileMinutes(zone, from);
      for (let day = from + DAY; day < to; day += DAY) {
        const offset = fileMinutes(zone, day);
        if (offset !== previous && offset !== undefined && previous !== undefined) {
          const change = firstSecondOf(zone, day - DAY, day);
          changes++;
          for (const at of [change - 1000, change]) {
            const expected = intlOffset(zone, new Date(at));
            if (fileMinutes(zone, at) === expected || knownDifference(zone, at)) continue;
            if (SYSTEM_NEWER) newer.add(zone, at);
            else differing.push(`${zone} ${new Date(at).toISOString()}: ${fileMinutes(zone, at)} vs ${expected}`);
          }
        }
        previous = offset;
      }
    }
    expect(differing.slice(0, 10)).toEqual([]);
    expect(newer.disagreements().slice(0, 10)).toEqual([]);
    expect(changes).toBeGreaterThan(10_000);
  });

  it('agree after 2037, where the file leaves the rest to its footer', () => {
    const differing: string[] = [];
    const newer = new NewerRules();
    const later = Array.from({ length: 12 * 25 }, (_, i) => Date.UTC(2038, i, 1 + (i % 28), i % 24));
    for (const zone of names) {
      for (const at of later) {
        const offset = fileMinutes(zone, at);
        if (offset === undefined || offset === intlOffset(zone, new Date(at))) continue;
        if (SYSTEM_NEWER) newer.add(zone, at);
        else differing.push(`${zone} ${new Date(at).toISOString()}`);
      }
    }
    expect(differing.slice(0, 10)).toEqual([]);
    expect(newer.disagreements().slice(0, 10)).toEqual([]);
  });

  it('leave the years before 1973 and offsets in seconds to Intl', () => {
    // Monrovia kept local mean time, -0:44:30, until 1972: Intl's seconds do not parse, so no answer.
    expect(offsetAt('Africa/Monrovia', new Date(Date.UTC(1971, 5, 1)))).toBeUndefined();
    expect(offsetAt('Africa/Monrovia', new Date(Date.UTC(1973, 5, 1)))).toBe(0);
    expect(offsetAt('Etc/GMT-14', new Date(Date.UTC(1960, 5, 1)))).toBe(840);
  });
});

/** The first second, between two instants a day apart, at which the zone file gives the later offset. */
function firstSecondOf(zone: string, before: number, after: number): number {
  const target = fileMinutes(zone, after);
  let low = before;
  let high = after;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (fileMinutes(zone, middle) === target) high = middle;
    else low = middle;
  }
  return high;
}

