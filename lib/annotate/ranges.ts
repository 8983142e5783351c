/**
 * Ranges of dates (6月16日至18日, 1—5月, 2023—2024年, 2019年至今) and of figures
 * (3至5年, 10%—20%): read both sides, let the right side lend its unit to a bare
 * left side and the left side lend its year and month to the right.
 * @module lib/annotate/ranges
 */
import { daysInMonth, type Ymd, ymd } from './calendar';
import { type DateContext, type DateReading, readPoint, small } from './dates';
import { type Around, type FigureReading, readFigure } from './figures';
import { BARE_RE, POINT_RE, SEP } from './patterns';

type Groups = Record<string, string | undefined>;
const SEP_RE = new RegExp(SEP, 'g');
const RELATIVE_WORD = /[今去明当同本次翌]|上[个月]|下[个月]|前年|后年/;

/** Read a matched date range; null when no split gives two valid sides. */
export function readDateRange(text: string, ctx: DateContext): DateReading | null {
  for (const sep of text.matchAll(SEP_RE)) {
    const left = text.slice(0, sep.index);
    const right = text.slice(sep.index + sep[0].length);
    if (!left || !right) continue;
    const rg = right === '今' ? null : (POINT_RE.exec(right)?.groups as Groups | undefined);
    if (right !== '今' && !rg) continue;
    let lg = POINT_RE.exec(left)?.groups as Groups | undefined;
    if (!lg && rg) {
      const b = BARE_RE.exec(left)?.groups as Groups | undefined;
      if (!b) continue;
      // The bare number takes the unit the right side starts with.
      lg = { y: b.by, ry: b.bry, mo: b.bmo };
      if (rg.y && !b.by && !b.bry && !b.bmo) lg.y = b.bn;
      else if (!rg.y && !rg.ry && rg.mo && !b.bmo) lg.mo = b.bn;
      else if (!rg.y && !rg.ry && !rg.mo && !rg.rm && rg.d) lg.d = b.bn;
      else continue;
      if (lg.y && lg.y.length !== 4) continue;
    }
    if (!lg) continue;
    const l = readPoint(lg, ctx);
    if (!l || typeof l.value !== 'string') continue;
    if (l.invalid) return l;
    if (right === '今') {
      const to = ctx.ref ? ymd(ctx.ref) : '..';
      return { value: { from: l.value, to }, relative: true, y: l.y, m: l.m, d: l.d };
    }
    // 2月28日至30日: a bare right-hand day is in the left side's month, which may not have it.
    const rd = !rg!.y && !rg!.ry && !rg!.mo && !rg!.rm && rg!.d ? small(rg!.d) : null;
    if (rd !== null && l.m !== null && rd > daysInMonth(l.y, l.m)) return { value: '', relative: l.relative, y: null, m: null, d: null, invalid: true };
    const anchor: Ymd | null = l.y !== null ? { y: l.y, m: l.m ?? 1, d: l.d ?? 1 } : ctx.ref;
    // 晚上9点至11点: the right side keeps the left side's part of the day.
    const r = readPoint(rg!.tod || rg!.tod2 || !(lg.tod) ? rg! : { ...rg!, tod: lg.tod }, { ...ctx, ref: anchor });
    if (!r || typeof r.value !== 'string') continue;
    // 2月28日至30日: one end the calendar lacks makes the stated range impossible.
    if (r.invalid) return { ...r, y: l.y, m: l.m, d: l.d };
    let to = r.value;
    if (to.startsWith('T') && /^[\dX]/.test(l.value)) to = l.value.replace(/T.*$/, '') + to;
    // A year-less right side read in the left side's unknown year keeps the X.
    if (l.y === null && r.y !== null && !rg!.y && !rg!.ry) to = to.replace(/^\d{4}/, 'XXXX');
    const relative = l.relative || RELATIVE_WORD.test(right);
    return { value: { from: l.value, to }, relative, y: l.y, m: l.m, d: l.d };
  }
  return null;
}

/** Read a figure range from its two sides' groups; the right side lends its magnitude and unit to a bare left side. */
export function readFigureRange(lg: Groups, rg: Groups, around: Around): FigureReading | null {
  if ((lg.na === undefined) !== (rg.na === undefined) || /^[-－]/.test(rg.na ?? '')) return null;
  const r = readFigure(rg, { ...around, prev: '' });
  // Two bare Arabic numbers joined by a dash are codes or scores (3-5, 010-6536), not a range.
  if (!r || (!r.hasUnit && !r.hasMag && rg.nc === undefined)) return null;
  if (lg.unit && rg.unit && lg.unit !== rg.unit) return null;
  const l = readFigure({ ...lg, unit: lg.unit ?? rg.unit, mag: lg.mag || rg.mag }, { prev: around.prev, next: '', next2: '' });
  if (!l || typeof l.value !== 'number' || typeof r.value !== 'number' || l.value >= r.value) return null;
  return { value: { from: l.value, to: r.value }, unit: r.unit, approx: l.approx || r.approx, hasUnit: r.hasUnit, hasMag: r.hasMag };
}
