import { useMemo } from 'preact/hooks';
import type { DateItem, FigureItem } from '../lib/types';
import { formatDateValue, formatFigureValue, sortKeyOfDate } from '../lib/format/values';
import { useT } from './i18n';
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
  const t = useT();
  return count > 0 ? <p class="more">{t('dates.more', { count })}</p> : null;
}

/** A timeline of the article's dates (sorted by time) and a table of its figures, values in the UI's language. */
export function DatesFigures({ dates, figures, snippet, onJump, limit = 400 }: DatesFiguresProps) {
  const t = useT();
  // Memoised: the sort and the cut lists keep their identity across renders, so the rows drawn in
  // parts (Incremental) are not started again at every change elsewhere in the panel.
  const timeline = useMemo(() => [...dates].sort((a, b) => sortKeyOfDate(a.value).localeCompare(sortKeyOfDate(b.value)) || a.start - b.start).slice(0, limit), [dates, limit]);
  const shownFigures = useMemo(() => figures.slice(0, limit), [figures, limit]);
  return (
    <div class="dates-figures">
      {timeline.length ? (
        <>
          <h3 class="minor-head">{t('dates.timeline')}</h3>
          <ol class="timeline">
            <Incremental
              items={timeline}
              render={(d) => (
                <li key={d.start}>
                  <button type="button" data-action="jump-date" onClick={() => onJump(d.start, d.end)}>
                    <span class="when">{formatDateValue(d.value, t.locale)}{d.relative ? <span class="relative" title={t('dates.relative')}> ≈</span> : null}</span>
                    <span class="context" lang="zh-CN">{snippet(d.start, d.end)}</span>
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
          <h3 class="minor-head">{t('dates.figures')}</h3>
          <table class="figures">
            <tbody>
              <Incremental
                items={shownFigures}
                render={(f) => (
                  <tr key={f.start}>
                    <td>
                      <button type="button" data-action="jump-figure" lang="zh-CN" onClick={() => onJump(f.start, f.end)}>{f.text}</button>
                    </td>
                    <td class="value">{formatFigureValue(f, t.locale)}</td>
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
