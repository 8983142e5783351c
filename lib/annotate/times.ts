/**
 * Clock times: reads the time groups of POINT_SRC (8时30分, 3点半, 下午3:30, 晚8：00, 今晚十二点)
 * into 'THH:MM' on the 24-hour clock, turning a 12-hour reading after a part-of-day word.
 *
 * Conversions (h as written → hour of the day):
 * - 凌晨 (small hours): 12 → 0 (凌晨12点 and 凌晨0点 are the same midnight); others as written;
 * - 早上/上午/清晨 …: as written;
 * - 中午: 1–5 → 13–17 (中午12点 is noon, 中午1点 is 13:00);
 * - 下午/傍晚/午后: 1–11 → 13–23, 12 stays noon;
 * - 晚上/夜里/深夜/午夜/今晚 …: 6–11 → 18–23; 12 (and 0) → 24:00, the midnight that ends the day
 *   (ISO 8601 end of day, so 今晚十二点 keeps tonight's date); 1–5 → the small hours of the next day.
 * @module lib/annotate/times
 */
import { pad } from './calendar';
import { parseChineseNumber, toHalfWidth } from './numerals';

type Groups = Record<string, string | undefined>;
type Part = 'dawn' | 'morning' | 'noon' | 'afternoon' | 'night';

const PART: Record<string, Part> = {
  凌晨: 'dawn',
  清晨: 'morning', 早上: 'morning', 早晨: 'morning', 上午: 'morning', 早: 'morning', 今晨: 'morning', 今早: 'morning',
  明早: 'morning', 明晨: 'morning', 昨晨: 'morning',
  中午: 'noon',
  下午: 'afternoon', 傍晚: 'afternoon', 午后: 'afternoon',
  晚上: 'night', 晚间: 'night', 夜间: 'night', 夜里: 'night', 深夜: 'night', 半夜: 'night', 午夜: 'night', 晚: 'night',
  今晚: 'night', 昨晚: 'night', 明晚: 'night', 今夜: 'night', 昨夜: 'night', 明夜: 'night', 当晚: 'night', 当夜: 'night',
};

/**
 * Words of a part of the day that also name the day: an offset from the publish date
 * (今晚 0, 昨晚 −1, 明早 +1) or, for 当晚/当夜, from the last date the text named.
 */
export const DAY_OF_TOD: Readonly<Record<string, { offset: number; anaphoric: boolean }>> = {
  今晚: { offset: 0, anaphoric: false }, 今夜: { offset: 0, anaphoric: false }, 今晨: { offset: 0, anaphoric: false },
  今早: { offset: 0, anaphoric: false }, 昨晚: { offset: -1, anaphoric: false }, 昨夜: { offset: -1, anaphoric: false },
  昨晨: { offset: -1, anaphoric: false }, 明晚: { offset: 1, anaphoric: false }, 明夜: { offset: 1, anaphoric: false },
  明早: { offset: 1, anaphoric: false }, 明晨: { offset: 1, anaphoric: false },
  当晚: { offset: 0, anaphoric: true }, 当夜: { offset: 0, anaphoric: true },
};

/**
 * A read clock time: 'THH:MM[:SS]', how many days it lies after the stated day (0 or 1), and for an
 * approximate hour of two neighbouring numbers (晚上七八点, 深夜一两点钟) the later end as `to`.
 */
export interface ClockTime { time: string; dayShift: number; to?: string }

function int(s: string | undefined): number | null {
  if (!s) return null;
  const n = parseChineseNumber(s);
  return n !== null && Number.isInteger(n) ? n : null;
}

/** The hour of the day for hour `h` said after a part-of-day word; dayShift 1 for the night's small hours. */
function to24(h: number, part: Part | undefined): { h: number; dayShift: number } {
  if (!part || h > 12) return { h, dayShift: 0 };
  if (part === 'dawn') return { h: h === 12 ? 0 : h, dayShift: 0 };
  if (part === 'noon') return { h: h >= 1 && h <= 5 ? h + 12 : h, dayShift: 0 };
  if (part === 'afternoon') return { h: h >= 1 && h <= 11 ? h + 12 : h, dayShift: 0 };
  if (part === 'night') {
    if (h === 12 || h === 0) return { h: 24, dayShift: 0 };
    if (h >= 6) return { h: h + 12, dayShift: 0 };
    return { h, dayShift: 1 };
  }
  return { h, dayShift: 0 };
}

/**
 * The time part of a point: a ClockTime, null when there is none, false when the text is no
 * time (三点意见, 一时难以). `hasDate` says whether a date came with it.
 */
export function readTime(g: Groups, hasDate: boolean): ClockTime | null | false {
  const part = PART[g.tod ?? ''];
  if (g.hh) {
    const h = Number(toHalfWidth(g.hh)), mi = Number(toHalfWidth(g.mm!));
    if (h > 24 || mi > 59 || (h === 24 && mi > 0)) return false;
    const r = to24(h, part);
    if (r.h === 24 && mi > 0) return false;
    return { time: `T${pad(r.h)}:${pad(mi)}${g.ss ? `:${pad(Number(toHalfWidth(g.ss)))}` : ''}`, dayShift: r.dayShift };
  }
  if (g.hr) {
    // 七八点: seven or eight o'clock, only with a part of the day or a date (七八点意见 is no time).
    if (!g.tod && !hasDate) return false;
    const a = int(g.hr[0]), b = int(g.hr.slice(1));
    if (a === null || b === null) return false;
    const from = to24(a, part), to = to24(b, part);
    return { time: `T${pad(from.h)}:00`, to: `T${pad(to.h)}:00`, dayShift: from.dayShift };
  }
  if (!g.h) return null;
  const h = int(g.h);
  const mi = g.mi ? int(g.mi) : g.mi2 ? Number(toHalfWidth(g.mi2)) : g.half ? 30 : g.q === '一刻' ? 15 : g.q === '三刻' ? 45 : 0;
  if (h === null || h > 24 || mi === null || mi > 59) return false;
  const arabic = /\d/.test(toHalfWidth(g.h));
  // 点 and a lone 一时 are too often not clock times (三点意见, 一时难以): ask for a time-of-day word, minutes or a date.
  if ((g.hk === '点' || (!arabic && g.h === '一')) && !g.tod && !g.mi && !g.half && !g.q && !hasDate) return false;
  // 3点30 without 分 is a time only with a part of the day or a date around it.
  if (g.mi2 && !g.tod && !hasDate) return false;
  const r = to24(h, part);
  if (r.h === 24 && mi > 0) return false;
  return { time: `T${pad(r.h)}:${pad(mi)}${g.s ? `:${pad(int(g.s) ?? 0)}` : ''}`, dayShift: r.dayShift };
}
