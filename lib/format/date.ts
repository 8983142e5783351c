/**
 * Dates as a reader of the UI's language expects them, through Intl.DateTimeFormat.
 * The wall-clock time a page gives (Beijing time for People's Daily) is shown as it
 * is written, never shifted into the reader's own time zone.
 * @module lib/format/date
 */
import type { Locale } from '../i18n/locale';

type Parts = 'ymdhm' | 'ymd' | 'ym' | 'y' | 'md' | 'hm';

const OPTIONS: Record<Parts, Intl.DateTimeFormatOptions> = {
  ymdhm: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  ymd: { year: 'numeric', month: 'long', day: 'numeric' },
  ym: { year: 'numeric', month: 'long' },
  y: { year: 'numeric' },
  md: { month: 'long', day: 'numeric' },
  hm: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

/** Making a DateTimeFormat costs far more than using one: keep one per locale and form. */
const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, parts: Parts): Intl.DateTimeFormat {
  const key = `${locale}|${parts}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, { ...OPTIONS[parts], timeZone: 'UTC' })));
  return f;
}

/**
 * An ISO 8601 date or date-time, with the precision it has: "2024-05-10T06:58:00+08:00" →
 * "2024年5月10日 06:58" (zh-CN) or "May 10, 2024 at 06:58" (en); "2022-01" → "2022年1月" /
 * "January 2022"; "XXXX-05-09" (no year known) → "5月9日" / "May 9"; "T08:30" → "08:30".
 * Anything else (durations such as "-P2Y") is returned unchanged; null gives null.
 */
export function formatPublished(iso: string | null, locale: Locale = 'zh-CN'): string | null {
  if (!iso) return null;
  const time = /^T(\d{2}):(\d{2})/.exec(iso);
  if (time) return formatter(locale, 'hm').format(Date.UTC(2000, 0, 1, +time[1], +time[2]));
  const m = /^(\d{4}|XXXX)(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m || (m[1] === 'XXXX' && !(m[2] && m[3]))) return iso;
  const year = m[1] === 'XXXX' ? 2000 : +m[1];
  const date = Date.UTC(year, m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1, m[4] ? +m[4] : 0, m[5] ? +m[5] : 0);
  // Years before 100 would be read as 19xx by Date.UTC; no People's Daily date needs them.
  const parts: Parts = m[1] === 'XXXX' ? 'md' : m[4] ? 'ymdhm' : m[3] ? 'ymd' : m[2] ? 'ym' : 'y';
  return formatter(locale, parts).format(date);
}
