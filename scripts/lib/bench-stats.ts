/**
 * Small statistics for the benchmark: medians, quantiles and spreads of a few
 * samples (5–200), and the side-by-side figures against the no-op baseline.
 */

/** The q-quantile (0..1) of `xs` by the nearest-rank method; NaN for no samples. */
export function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/** The median (mean of the two middle samples for an even count); NaN for no samples. */
export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Round to one decimal (ms figures). */
export const round1 = (n: number) => Math.round(n * 10) / 10;

/** A figure over several samples: median and the smallest and largest sample. */
export interface Spread { median: number; min: number; max: number; n: number }

/** Median, min and max of `xs`, rounded to 0.1. */
export function spread(xs: readonly number[]): Spread {
  return { median: round1(median(xs)), min: round1(Math.min(...xs)), max: round1(Math.max(...xs)), n: xs.length };
}

/** "42.1 (38.0–51.3)": a spread as one table cell; "–" when there were no samples. */
export function cell(s: Spread | null | undefined): string {
  if (!s || !s.n || Number.isNaN(s.median)) return '–';
  return s.n === 1 || s.min === s.max ? `${s.median}` : `${s.median} (${s.min}–${s.max})`;
}

/** Per-sample differences and ratios of paired samples (ours against the baseline of the same load). */
export function paired(ours: readonly number[], baseline: readonly number[]): { diff: Spread; ratio: Spread } {
  const n = Math.min(ours.length, baseline.length);
  const diff: number[] = [];
  const ratio: number[] = [];
  for (let i = 0; i < n; i++) {
    diff.push(ours[i] - baseline[i]);
    if (baseline[i] > 0) ratio.push(ours[i] / baseline[i]);
  }
  const r = spread(ratio);
  return { diff: spread(diff), ratio: { ...r, median: Math.round(median(ratio) * 100) / 100, min: Math.round(Math.min(...ratio) * 100) / 100, max: Math.round(Math.max(...ratio) * 100) / 100 } };
}
