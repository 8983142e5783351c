/**
 * Dates as a Chinese reader expects them on screen.
 * @module lib/format/date
 */

/** "2024-05-10T06:58:00+08:00" → "2024年5月10日 06:58"; partial dates keep their precision. */
export function formatPublished(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  let out = `${m[1]}年`;
  if (m[2]) out += `${Number(m[2])}月`;
  if (m[3]) out += `${Number(m[3])}日`;
  if (m[4]) out += ` ${m[4]}:${m[5]}`;
  return out;
}
