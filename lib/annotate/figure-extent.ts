/**
 * How far a figure reaches: its number (FIGURE_SRC) and then, looked up in the unit table, the
 * longest unit after it, with what the text adds around the unit (多/来 that belong to the unit,
 * 左右, jiao and fen after 元, 成 only where no word goes on).
 * @module lib/annotate/figure-extent
 */
import { parseArabic, parseChineseNumber } from './numerals';
import { FIGURE_SRC } from './patterns';
import { unitAt } from './units';

type Groups = Record<string, string | undefined>;

const FIGURE_RE = new RegExp(FIGURE_SRC, 'y');

const CN_DIGIT_1_9 = '[一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]';
/** 角 and 分 after 元 (伍角, 零捌分, 伍角陆分) and a closing 整. */
const JIAO_FEN = new RegExp(`^(?:零?(${CN_DIGIT_1_9})角(?:零?(${CN_DIGIT_1_9})分)?|零?(${CN_DIGIT_1_9})分)?整?`);

function cnDigit(c: string): number {
  return parseChineseNumber(c) ?? 0;
}

/** What may follow 成 when it is a tenth: the end, punctuation, or a word that cannot join 成. */
const TENTH_END = /^$|[\s，。、；：！？）)”"」』以左多余的是来半至到—\-~～，]/;

/** A figure's number at `i` plus the longest unit after it (unit looked up in a table, not a regex). */
export function rawFigure(text: string, i: number): { len: number; g: Groups } | null {
  FIGURE_RE.lastIndex = i;
  const m = FIGURE_RE.exec(text);
  if (!m || !m[0]) return null;
  const g = { ...m.groups } as Groups;
  let len = m[0].length;
  let unit = unitAt(text, i + len);
  // 十来, 三十多 only approximate when a unit follows (一来 is "firstly").
  if (!unit && g.nc && /[多余来]$/.test(g.nc)) { g.nc = g.nc.slice(0, -1); len--; unit = unitAt(text, i + len); }
  // Likewise 10来个; and 3多地 is "3" then 多地 (a bare approximate count needs a unit or at least two digits).
  if (!unit && g.mag && (g.mag.endsWith('来') || (/^[多余]$/.test(g.mag) && Math.abs(parseArabic(g.na!) ?? 0) < 10))) {
    g.mag = g.mag.slice(0, -1); len--; unit = unitAt(text, i + len);
  }
  // 百万千瓦: the numerals ran into the unit's first character (千瓦, 千米, 千克).
  if (!unit && g.nc && /[十百千]$/.test(g.nc) && g.nc.length > 1) {
    const u = unitAt(text, i + len - 1);
    if (u && u.length > 1) { g.nc = g.nc.slice(0, -1); len--; unit = u; }
  }
  // 3000多米尼加比索: a 多 read as "-odd" is the first character of a longer unit.
  const many = g.mag?.endsWith('多') ? 'mag' : g.nc?.endsWith('多') ? 'nc' : null;
  if (many) {
    const u = unitAt(text, i + len - 1);
    if (u && u.startsWith('多') && u.length > (unit?.length ?? 0) + 1) { g[many] = g[many]!.slice(0, -1); len--; unit = u; }
  }
  // 成 after a Chinese numeral is a tenth only where no word goes on (三成, 七八成; not 三成员国, 一成不变).
  if (unit === '成' && g.nc && !TENTH_END.test(text[i + len + 1] ?? '')) unit = null;
  if (unit) { g.unit = unit; len += unit.length; }
  // 叁佰元伍角, 壹拾元零捌分, 伍仟元整: jiao and fen after yuan in Chinese numerals, and the closing 整.
  if (unit === '元' && g.nc) {
    const c = JIAO_FEN.exec(text.slice(i + len, i + len + 6));
    if (c && c[0]) { g.cents = String((c[1] ? cnDigit(c[1]) * 10 : 0) + (c[2] ? cnDigit(c[2]) : c[3] ? cnDigit(c[3]) : 0)); len += c[0].length; }
  }
  // 一成半 (15 %), 两倍半: a half after a proportion.
  if ((unit === '成' || unit === '倍') && text[i + len] === '半') { g.half = '半'; len++; }
  // 两成多, 两倍多: 多/余 after a proportion makes it approximate.
  if ((unit === '成' || unit === '倍') && /[多余]/.test(text[i + len] ?? '')) { g.about = text[i + len]; len++; }
  // 2.5%左右: "about" belongs to the figure and makes it approximate.
  if (text.startsWith('左右', i + len)) { g.about = '左右'; len += 2; }
  return { len, g };
}

