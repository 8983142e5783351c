/**
 * Periods with no day: quarters, halves and year edges (一季度, 2023年上半年, 年底, 前三季度) and
 * decades and centuries (20世纪90年代, 二十一世纪, 上世纪80年代) — see dates.ts for the value conventions.
 * @module lib/annotate/periods
 */
import { pad } from './calendar';
import { type DateContext, type DateReading, relYear, small, year } from './dates';
import type { DateValue } from '../types';

type Groups = Record<string, string | undefined>;

/** Read a quarter, half or year-edge period (groups of PERIOD_SRC). */
export function readPeriod(g: Groups, ctx: DateContext): DateReading | null {
  let y: number | null = null;
  let relative = false;
  if (g.py) y = year(g.py);
  else if (g.pry) { relative = true; y = relYear(g.pry, ctx)[0]; }
  const named = g.py || g.pry;
  if ((g.q2 || g.fm || g.edge) && !named) return null;
  if (!named) { relative = true; y = ctx.ref?.y ?? null; }
  const Y = y !== null ? pad(y, 4) : 'XXXX';
  let from: number, to: number;
  const q = g.q ?? g.q2 ?? g.qa;
  if (q) { const n = small(q)!; from = 3 * n - 2; to = 3 * n; }
  else if (g.qq) { from = 1; to = 3 * small(g.qq)!; }
  else if (g.half) { [from, to] = g.half === '上半年' ? [1, 6] : [7, 12]; }
  else if (g.fm) { const n = small(g.fm); if (n === null || n < 1 || n > 12) return null; from = 1; to = n; }
  else if (g.edge === '年初') { from = 1; to = 1; }
  else if (g.edge === '年中') { from = 6; to = 7; }
  else if (g.edge === '年底' || g.edge === '年末' || g.edge === '岁末') { from = 12; to = 12; }
  else { from = 1; to = 12; }
  const value: DateValue = from === 1 && to === 12 ? Y : from === to ? `${Y}-${pad(from)}` : { from: `${Y}-${pad(from)}`, to: `${Y}-${pad(to)}` };
  return { value, relative, y, m: null, d: null };
}

/** Read a decade or century (groups of ERA_SRC). */
export function readEra(g: Groups, ctx: DateContext): DateReading | null {
  if (!g.c && !g.rc && !g.dec) return null;
  let century: number | null = null; // 20 for the 1900s
  let relative = false;
  if (g.c) century = small(g.c);
  else if (g.rc) { relative = true; const base = ctx.ref ? Math.floor((ctx.ref.y - 1) / 100) + 1 : 21; century = g.rc === '本世纪' ? base : base - 1; }
  if (century !== null && (century < 1 || century > 22)) return null;
  if (g.dec) {
    const dec = g.dec === '〇' || g.dec === '零' ? 0 : small(g.dec);
    if (dec === null || dec % 10 !== 0 || dec > 90) return null;
    if (century === null) century = dec <= 20 && (ctx.ref?.y ?? 0) >= 2020 ? 21 : 20;
    const start = (century - 1) * 100 + dec;
    return { value: { from: pad(start, 4), to: pad(start + 9, 4) }, relative, y: null, m: null, d: null };
  }
  return { value: { from: pad((century! - 1) * 100 + 1, 4), to: pad(century! * 100, 4) }, relative, y: null, m: null, d: null };
}

