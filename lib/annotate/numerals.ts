/**
 * Number reading for the dates-and-figures recogniser: full-width digits,
 * Arabic numbers with magnitudes (1.2万亿) and Chinese numerals in both the
 * positional (三千五百) and the digit-by-digit (二〇二四) styles.
 * @module lib/annotate/numerals
 */

/** Chinese digit characters and their values (两 and 〇/○ included). */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CN_TENS: Readonly<Record<string, number>> = { 廿: 20, 卅: 30 };

/**
 * Financial (大写) numerals, as cheques, invoices and budgets write them (壹拾万零叁仟…元),
 * and their everyday forms; traditional 萬/億 too. One character each, so offsets keep.
 */
export const FINANCIAL: Readonly<Record<string, string>> = {
  壹: '一', 贰: '二', 貳: '二', 叁: '三', 參: '三', 肆: '四', 伍: '五', 陆: '六', 陸: '六', 柒: '七', 捌: '八', 玖: '九',
  拾: '十', 佰: '百', 仟: '千', 萬: '万', 億: '亿',
};
const FINANCIAL_RE = new RegExp(`[${Object.keys(FINANCIAL).join('')}]`, 'g');

/** Replace financial numerals by their everyday forms (壹拾万 → 一十万), keeping the length. */
export function fromFinancial(s: string): string {
  return s.replace(FINANCIAL_RE, (c) => FINANCIAL[c]);
}

/** Turn full-width digits and the full-width point into ASCII, keeping the length unchanged. */
export function toHalfWidth(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Parse an Arabic number (full-width allowed, thousands commas, `.`/`．`/`·` decimal point). */
export function parseArabic(s: string): number | null {
  const t = toHalfWidth(s).replace(/,/g, '').replace('·', '.');
  if (!/^[-－]?\d+(?:\.\d+)?$/.test(t)) return null;
  return Number(t.replace('－', '-'));
}

/** Value of a run of Chinese digits read one by one (二〇二四 → 2024), or null. */
function digitByDigit(s: string): number | null {
  let out = '';
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d === undefined) return null;
    out += d;
  }
  return out ? Number(out) : null;
}

/**
 * Parse a number written with Chinese numerals, Arabic digits or both:
 * 二〇二四 → 2024, 两千 → 2000, 三千五百 → 3500, 三千五 → 3500, 1.2万亿 → 1.2e12,
 * 十二 → 12, 一百零五 → 105, 三点五 → 3.5, １２３ → 123, mixed 7千3百 → 7300, 1万600 → 10600,
 * financial 壹拾万零叁仟肆佰伍拾叁 → 103453. Returns null when it is not a number.
 */
export function parseChineseNumber(input: string): number | null {
  const s = fromFinancial(toHalfWidth(input.trim())).replace(/,/g, '');
  if (!s) return null;
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  const mag = /[万亿]+$/.exec(s);
  if (mag && s.includes('点')) {
    // 十五点一亿: the magnitude scales the whole decimal.
    const base = parseChineseNumber(s.slice(0, mag.index));
    const m = parseChineseNumber(`一${mag[0]}`);
    return base === null || m === null ? null : Number((base * m).toPrecision(15));
  }
  const point = s.indexOf('点');
  if (point > 0) {
    const int = parseChineseNumber(s.slice(0, point));
    const frac = s.slice(point + 1);
    if (int === null || !frac || !/^[〇○零一二三四五六七八九]+$/.test(frac)) return null;
    return Number(`${int}.${[...frac].map((c) => CN_DIGITS[c]).join('')}`);
  }
  // Digit-by-digit years and codes: two or more digits with no unit in between.
  if (/^[〇○零一二三四五六七八九]{2,}$/.test(s) && !s.includes('两')) return digitByDigit(s);
  let total = 0; // everything closed by 亿
  let section = 0; // everything closed by 万 or a small unit, below the last 亿
  let pending: number | null = null; // a digit (or Arabic number) waiting for its unit
  let pendingShort = false; // the pending number is one digit (三千五, 1万5: one unit lower)
  let lastUnit = 0;
  let zeroSeen = false;
  let sectionUnit = Infinity; // small units must fall within a section: 三千五百, never 十十
  const re = /\d+(?:\.\d+)?|[^\d]/g;
  for (const m of s.matchAll(re)) {
    const tok = m[0];
    if (/^\d/.test(tok)) {
      if (pending !== null) return null;
      pending = Number(tok);
      pendingShort = /^\d$/.test(tok);
    } else if (tok in CN_DIGITS) {
      if (pending !== null && CN_DIGITS[tok] !== 0) return null;
      if (CN_DIGITS[tok] === 0) { zeroSeen = true; continue; }
      pending = CN_DIGITS[tok];
      pendingShort = true;
    } else if (tok in CN_TENS) {
      if (pending !== null || sectionUnit <= 10) return null;
      section += CN_TENS[tok]; lastUnit = 10; zeroSeen = false; sectionUnit = 10;
    } else if (tok in CN_SMALL_UNITS) {
      const u = CN_SMALL_UNITS[tok];
      if (u >= sectionUnit) return null;
      sectionUnit = u;
      section += (pending ?? 1) * u;
      pending = null; lastUnit = u; zeroSeen = false;
    } else if (tok === '万') {
      section = (section + (pending ?? 0)) || (total === 0 ? 1 : 0);
      if (section === 0) return null;
      section *= 1e4; pending = null; lastUnit = 1e4; zeroSeen = false; sectionUnit = Infinity;
    } else if (tok === '亿') {
      const base = total + section + (pending ?? 0);
      total = (base || 1) * 1e8; section = 0; pending = null; lastUnit = 1e8; zeroSeen = false; sectionUnit = Infinity;
    } else {
      return null;
    }
  }
  if (pending !== null) {
    // 三千五 means 3500 and 1万5 15000: a trailing single digit right after a unit of 100 or more
    // is one unit lower; a longer Arabic number is its own value (1万600 is 10600).
    section += pendingShort && !zeroSeen && lastUnit >= 100 ? pending * (lastUnit / 10) : pending;
  }
  const value = total + section;
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : null;
}
