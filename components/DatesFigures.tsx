import type { DateItem, FigureItem } from '../lib/types';
import { formatDateValue, formatFigureValue, sortKeyOfDate } from '../lib/format/values';
import { useMemo } from 'preact/hooks';
import { Incremental } from './Incremental';

type DatesFiguresProps = {
  dates: DateItem[];
  figures: FigureItem[];
  /** Short context around a span, for the timeline. */
  snippet: (start: number, end: number) => string;
  onJump: (start: number, end: number) => void;
  /** Most rows per list: a huge page would otherwise hold the page while thousands render. */
  limit?: number;
};

/** "… and N more" under a cut list. */
function More({ count }: { count: number }) {
  return count > 0 ? <p class="more">…另有 {count} 项 and {count} more</p> : null;
}

/** A timeline of the article's dates (sorted by time) and a table of its figures. */
export function DatesFigures({ dates, figures, snippet, onJump, limit = 400 }: DatesFiguresProps) {
  // Memoised: the sort and the cut lists keep their identity across renders, so the rows drawn in
  // parts (Incremental) are not started again at every change elsewhere in the panel.
  const timeline = useMemo(() => [...dates].sort((a, b) => sortKeyOfDate(a.value).localeCompare(sortKeyOfDate(b.value)) || a.start - b.start).slice(0, limit), [dates, limit]);
  const shownFigures = useMemo(() => figures.slice(0, limit), [figures, limit]);
  return (
    <div class="dates-figures">
      {timeline.length ? (
        <>
          <h3 class="minor-head">时间线 Timeline</h3>
          <ol class="timeline">
            <Incremental
              items={timeline}
              render={(d) => (
                <li key={d.start}>
                  <button type="button" data-action="jump-date" onClick={() => onJump(d.start, d.end)}>
                    <span class="when">{formatDateValue(d.value)}{d.relative ? <span class="relative" title="相对日期 relative date"> ≈</span> : null}</span>
                    <span class="context">{snippet(d.start, d.end)}</span>
                  </button>
                </li>
              )}
            />
          </ol>
          <More count={dates.length - limit} />
        </>
      ) : null}
      {figures.length ? (
        <>
          <h3 class="minor-head">数字 Figures</h3>
          <table class="figures">
            <tbody>
              <Incremental
                items={shownFigures}
                render={(f) => (
                  <tr key={f.start}>
                    <td>
                      <button type="button" data-action="jump-figure" onClick={() => onJump(f.start, f.end)}>{f.text}</button>
                    </td>
                    <td class="value">{formatFigureValue(f)}</td>
                  </tr>
                )}
              />
            </tbody>
          </table>
          <More count={figures.length - limit} />
        </>
      ) : null}
    </div>
  );
}
