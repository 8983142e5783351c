import type { DateItem, FigureItem } from '../lib/types';
import { formatDateValue, formatFigureValue, sortKeyOfDate } from '../lib/format/values';

type DatesFiguresProps = {
  dates: DateItem[];
  figures: FigureItem[];
  /** Short context around a span, for the timeline. */
  snippet: (start: number, end: number) => string;
  onJump: (start: number, end: number) => void;
};

/** A timeline of the article's dates (sorted by time) and a table of its figures. */
export function DatesFigures({ dates, figures, snippet, onJump }: DatesFiguresProps) {
  const timeline = [...dates].sort((a, b) => sortKeyOfDate(a.value).localeCompare(sortKeyOfDate(b.value)) || a.start - b.start);
  return (
    <div class="dates-figures">
      {timeline.length ? (
        <>
          <h3 class="minor-head">时间线 Timeline</h3>
          <ol class="timeline">
            {timeline.map((d) => (
              <li key={d.start}>
                <button type="button" data-action="jump-date" onClick={() => onJump(d.start, d.end)}>
                  <span class="when">{formatDateValue(d.value)}{d.relative ? <span class="relative" title="相对日期 relative date"> ≈</span> : null}</span>
                  <span class="context">{snippet(d.start, d.end)}</span>
                </button>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {figures.length ? (
        <>
          <h3 class="minor-head">数字 Figures</h3>
          <table class="figures">
            <tbody>
              {figures.map((f) => (
                <tr key={f.start}>
                  <td>
                    <button type="button" data-action="jump-figure" onClick={() => onJump(f.start, f.end)}>{f.text}</button>
                  </td>
                  <td class="value">{formatFigureValue(f)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </div>
  );
}
