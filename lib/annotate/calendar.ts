/**
 * Calendar helpers for resolving relative dates: the reference (publish) date,
 * closest-year choice for year-less dates, offsets and ISO formatting.
 * @module lib/annotate/calendar
 */

export interface Ymd { y: number; m: number; d: number }

/** Read the calendar date of an ISO string such as 2024-05-10T06:58:00+08:00 (local date as written). */
export function parseReference(iso: string | null | undefined): Ymd | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/** Zero-pad to `n` digits. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Days in a month (month 1–12); a year of null assumes a leap year so 2月29日 stays valid. */
export function daysInMonth(y: number | null, m: number): number {
  return new Date(Date.UTC(y ?? 2000, m, 0)).getUTCDate();
}

/** Day number since the epoch, for distance comparisons. */
export function dayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86400000;
}

/**
 * The year that puts month/day closest to the reference date, among years that have that day. Why: a
 * year-less 12月31日 in an article of 2 January is last year's, 5月13日 in May is this year's.
 */
export function closestYear(ref: Ymd, m: number, d: number | null): number {
  let best = ref.y;
  let bestDist = Infinity;
  // 2月29日 belongs to the nearest leap year: look a little further for one.
  for (const y of [ref.y - 4, ref.y - 3, ref.y - 2, ref.y - 1, ref.y, ref.y + 1, ref.y + 2, ref.y + 3, ref.y + 4]) {
    if (d !== null && d > daysInMonth(y, m)) continue;
    const dist = Math.abs(dayNumber(y, m, d ?? 15) - dayNumber(ref.y, ref.m, ref.d));
    if (dist < bestDist) { best = y; bestDist = dist; }
  }
  return best;
}

/**
 * The year among ref.y − 1 … ref.y + 1 whose date `at(year)` lies nearest the reference (for
 * year-less lunar dates: 腊月二十三 in a January article is the coming one); null when none exists.
 */
export function closestYearBy(ref: Ymd, at: (y: number) => Ymd | null): number | null {
  let best: number | null = null;
  let bestDist = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const t = at(y);
    if (!t) continue;
    const dist = Math.abs(dayNumber(t.y, t.m, t.d) - dayNumber(ref.y, ref.m, ref.d));
    if (dist < bestDist) { best = y; bestDist = dist; }
  }
  return best;
}

/** The month (as {y, m}) that puts a bare day-of-month closest to the reference date. */
export function closestMonth(ref: Ymd, d: number): { y: number; m: number } {
  let best = { y: ref.y, m: ref.m };
  let bestDist = Infinity;
  for (const delta of [-1, 0, 1]) {
    const t = new Date(Date.UTC(ref.y, ref.m - 1 + delta, 1));
    const y = t.getUTCFullYear(), m = t.getUTCMonth() + 1;
    if (d > daysInMonth(y, m)) continue;
    const dist = Math.abs(dayNumber(y, m, d) - dayNumber(ref.y, ref.m, ref.d));
    if (dist < bestDist) { best = { y, m }; bestDist = dist; }
  }
  return best;
}

/** Shift a date by whole years, months, weeks or days (clamping the day to the month's end). */
export function shift(ref: Ymd, n: number, unit: 'Y' | 'M' | 'W' | 'D'): Ymd {
  if (unit === 'Y' || unit === 'M') {
    const t = new Date(Date.UTC(ref.y, ref.m - 1 + (unit === 'Y' ? 12 * n : n), 1));
    const y = t.getUTCFullYear(), m = t.getUTCMonth() + 1;
    return { y, m, d: Math.min(ref.d, daysInMonth(y, m)) };
  }
  const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + (unit === 'W' ? 7 * n : n)));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** ISO 8601 week of a date, as 2024-W19. */
export function isoWeek(date: Ymd): string {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

/** Format a date as YYYY-MM-DD. */
export function ymd(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}
