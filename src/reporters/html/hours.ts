// The 24-hour band: offered hours and the times the candidate was seen working, on the claimed
// zone's clock and on the clocks of UTC+8 and UTC+9. One glance shows whether "09:00-17:00 in
// Chicago" is really an office day in Shenyang or Pyongyang.

import type { TimeFacts } from '../../types.js';
import { formatClock, formatOffset, inWindow } from '../../util/tz.js';
import { esc } from './escape.js';

/** Offsets public reporting places DPRK IT workers in: China and Russia's Far East (+8), North Korea (+9). */
const TARGET_OFFSETS = [480, 540];

const LABEL = 190;
const WIDTH = 720;
const ROW = 34;
const TOP = 22;

interface Clock {
  label: string;
  /** Minutes to add to a claimed-zone time to read it on this clock. */
  shift: number;
  /** Whether events are read from their UTC minute (fixed offsets) or their claimed-zone minute (DST-aware). */
  fromUtc: number | undefined;
}

export function hoursBand(time: TimeFacts): string {
  const claimed = time.zone ? `${time.zone} (UTC${formatOffset(time.offset)})` : 'UTC (no claimed zone)';
  const clocks: Clock[] = [
    { label: claimed, shift: 0, fromUtc: time.zone ? undefined : 0 },
    ...TARGET_OFFSETS.map((o) => ({ label: `UTC${formatOffset(o)}`, shift: o - time.offset, fromUtc: o })),
  ];
  const height = TOP + clocks.length * ROW + 8;
  const rows = clocks.map((clock, i) => clockRow(time, clock, TOP + i * ROW)).join('');
  return [
    `<figure class="band"><svg viewBox="0 0 ${LABEL + WIDTH + 24} ${height}" role="img" aria-label="Offered hours and activity on three clocks">`,
    axis(height),
    rows,
    '</svg>',
    `<figcaption>${legend()}${summary(time)}</figcaption>`,
    commitOffsetsLine(time),
    '</figure>',
  ].join('');
}

function x(minute: number): number {
  return LABEL + (minute / 1440) * WIDTH;
}

function axis(height: number): string {
  const ticks = [];
  for (let h = 0; h <= 24; h += 3) {
    ticks.push(`<line class="grid" x1="${x(h * 60)}" x2="${x(h * 60)}" y1="${TOP - 4}" y2="${height - 8}"/>`);
    ticks.push(`<text class="tick" x="${x(h * 60)}" y="${TOP - 8}" text-anchor="middle">${String(h).padStart(2, '0')}:00</text>`);
  }
  return ticks.join('');
}

function clockRow(time: TimeFacts, clock: Clock, y: number): string {
  const h = ROW - 10;
  const parts = [
    `<text class="clock" x="${LABEL - 8}" y="${y + h / 2 + 4}" text-anchor="end">${esc(clock.label)}</text>`,
    `<rect class="day" x="${x(0)}" y="${y}" width="${WIDTH}" height="${h}"/>`,
    ...spans(time.businessHours, 0).map(([a, b]) => `<rect class="business" x="${x(a)}" y="${y}" width="${x(b) - x(a)}" height="${h}"/>`),
    ...spans(time.night, 0).map(([a, b]) => `<rect class="night" x="${x(a)}" y="${y}" width="${x(b) - x(a)}" height="${h}"/>`),
  ];
  if (time.hours) {
    for (const [a, b] of spans(time.hours, clock.shift)) parts.push(`<rect class="offered" x="${x(a)}" y="${y + 5}" width="${x(b) - x(a)}" height="${h - 10}" rx="3"/>`);
  }
  for (const event of time.events) {
    const minute = clock.fromUtc === undefined ? event.local : mod(event.utc + clock.fromUtc);
    const cx = x(minute).toFixed(1);
    parts.push(
      event.kind === 'commit'
        ? `<path class="commit" d="M${cx} ${y + h - 2} l-4 -7 h8 z"/>`
        : `<line class="activity" x1="${cx}" x2="${cx}" y1="${y + 1}" y2="${y + h - 1}"/>`,
    );
  }
  return parts.join('');
}

/** A window that may wrap midnight, shifted, as one or two `[from, to)` spans inside the day. */
function spans([from, to]: [number, number], shift: number): [number, number][] {
  const length = mod(to - from) || 1440;
  const start = mod(from + shift);
  const end = start + length;
  return end <= 1440 ? [[start, end]] : [[start, 1440], [0, end - 1440]];
}

function mod(minute: number): number {
  return ((minute % 1440) + 1440) % 1440;
}

function legend(): string {
  return [
    '<span class="key"><i class="k-offered"></i>offered hours</span>',
    '<span class="key"><i class="k-activity"></i>activity</span>',
    '<span class="key"><i class="k-commit"></i>commit</span>',
    '<span class="key"><i class="k-business"></i>business hours</span>',
    '<span class="key"><i class="k-night"></i>night</span>',
  ].join('');
}

/** The same facts in words: for print, screen readers, and anyone who distrusts a picture. */
function summary(time: TimeFacts): string {
  const lines: string[] = [];
  const zone = time.zone ?? 'UTC';
  if (time.hours) {
    const [from, to] = time.hours;
    const there = TARGET_OFFSETS.map((o) => `${formatClock(from + o - time.offset)}-${formatClock(to + o - time.offset)} at UTC${formatOffset(o)}`);
    lines.push(`Offered ${formatClock(from)}-${formatClock(to)} in ${zone}, which is ${there.join(' and ')}.`);
  }
  const events = time.events;
  if (events.length > 0) {
    const nightLocal = events.filter((e) => inWindow(e.local, ...time.night)).length;
    const dayThere = events.filter((e) => TARGET_OFFSETS.some((o) => inWindow(mod(e.utc + o), ...time.businessHours))).length;
    lines.push(
      `${events.length} activity and commit time${events.length === 1 ? '' : 's'}: ${nightLocal} at night in ${zone} (${formatClock(time.night[0])}-${formatClock(time.night[1])}), ` +
        `${dayThere} in business hours (${formatClock(time.businessHours[0])}-${formatClock(time.businessHours[1])}) at UTC+08:00 or UTC+09:00.`,
    );
  }
  return lines.map((l) => `<p>${esc(l)}</p>`).join('');
}

function commitOffsetsLine(time: TimeFacts): string {
  if (time.commitOffsets.length === 0) return '';
  const zone = time.zone ?? 'UTC';
  const chips = time.commitOffsets.map(
    (o) => `<span class="chip ${o.fits ? 'fits' : 'misfit'}">UTC${formatOffset(o.offset)} ×${o.count}${o.fits ? '' : ` <b>not used by ${esc(zone)}</b>`}</span>`,
  );
  return `<p class="offsets">Commit clock offsets: ${chips.join(' ')}</p>`;
}
