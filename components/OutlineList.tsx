import type { OutlineEntry, SummarySentence } from '../lib/types';
import { useT } from './i18n';
import { Incremental } from './Incremental';

type OutlineListProps = {
  outline: OutlineEntry[];
  summary: SummarySentence[];
  onJump: (start: number, end: number) => void;
};

/** Lead summary (the article's own sentences) then the nested outline; every line jumps to its place. */
export function OutlineList({ outline, summary, onJump }: OutlineListProps) {
  const t = useT();
  return (
    <div class="outline" lang="zh-CN">
      {summary.length ? (
        <div class="summary">
          <h3 class="minor-head" lang={t.locale}>{t('outline.lead')}</h3>
          {summary.map((s) => (
            <button type="button" class="summary-line" data-action="jump-summary" key={s.start} onClick={() => onJump(s.start, s.end)}>
              {s.text}
            </button>
          ))}
        </div>
      ) : null}
      {outline.length ? (
        <ol class="outline-list">
          <Incremental
            items={outline}
            render={(e) => (
              <li key={e.start} class={`outline-item level-${Math.min(e.level, 4)}`}>
                <button type="button" data-action="jump-outline" onClick={() => onJump(e.start, e.start + e.text.length)}>
                  {e.text}
                </button>
              </li>
            )}
          />
        </ol>
      ) : null}
    </div>
  );
}
