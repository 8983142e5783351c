import type { DateItem, FigureItem } from '../lib/types';
import { formatDateValue, formatFigureValue, sortKeyOfDate } from '../lib/format/values';
import { useT } from './i18n';

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
  const t = useT();
  return count > 0 ? <p class="more">{t('dates.more', { count })}</p> : null;
}

/** A timeline of the article's dates (sorted by time) and a table of its figures, values in the UI's language. */
export function DatesFigures({ dates, figures, snippet, onJump, limit = 400 }: DatesFiguresProps) {
  const t = useT();
  const timeline = [...dates].sort((a, b) => sortKeyOfDate(a.value).localeCompare(sortKeyOfDate(b.value)) || a.start - b.start);
  return (
    <div class="dates-figures">
      {timeline.length ? (
        <>
          <h3 class="minor-head">{t('dates.timeline')}</h3>
          <ol class="timeline">
            {timeline.slice(0, limit).map((d) => (
              <li key={d.start}>
                <button type="button" data-action="jump-date" onClick={() => onJump(d.start, d.end)}>
                  <span class="when">{formatDateValue(d.value, t.locale)}{d.relative ? <span class="relative" title={t('dates.relative')}> ≈</span> : null}</span>
                  <span class="context" lang="zh-CN">{snippet(d.start, d.end)}</span>
                </button>
              </li>
            ))}
          </ol>
          <More count={timeline.length - limit} />
        </>
      ) : null}
      {figures.length ? (
        <>
          <h3 class="minor-head">{t('dates.figures')}</h3>
          <table class="figures">
            <tbody>
              {figures.slice(0, limit).map((f) => (
                <tr key={f.start}>
                  <td>
                    <button type="button" data-action="jump-figure" lang="zh-CN" onClick={() => onJump(f.start, f.end)}>{f.text}</button>
                  </td>
                  <td class="value">{formatFigureValue(f, t.locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <More count={figures.length - limit} />
        </>
      ) : null}
    </div>
  );
}
