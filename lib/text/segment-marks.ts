/**
 * The dates and figures describeSegment needs, found with lib/annotate, for a
 * caller that does not have the article's marks at hand (the CLI, tests, the
 * background). Kept apart from describe-segment so that the content script,
 * which gets its marks from the background, does not bundle lib/annotate.
 * @module lib/text/segment-marks
 */
import type { DateItem, FigureItem } from '../types';
import { findDates, findFigures } from '../annotate';

/** Dates (relative ones resolved against `publishedAt`, ISO) and figures of `text`, offsets into it. */
export function marksOf(text: string, publishedAt: string | null = null): { dates: DateItem[]; figures: FigureItem[] } {
  return { dates: findDates(text, { publishedAt }), figures: findFigures(text) };
}
