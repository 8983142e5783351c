import type { GlossaryEntry } from '../lib/types';

const KIND_LABELS: Record<string, string> = {
  person: '人物', place: '地名', org: '机构', meeting: '会议', term: '术语', slogan: '提法', quote: '引语', work: '作品', name: '名称', domain: '领域词',
};

type GlossaryListProps = {
  entries: GlossaryEntry[];
  /** Click on a term: scroll to its next occurrence. */
  onJump: (entry: GlossaryEntry) => void;
  onExport: (format: 'csv' | 'anki') => void;
};

/** Terms with pinyin, kind and gloss; an unglossed term says so rather than guessing. */
export function GlossaryList({ entries, onJump, onExport }: GlossaryListProps) {
  return (
    <div class="glossary-box">
      <ul class="glossary">
        {entries.map((e) => (
          <li key={e.term} class="term" data-rr-term={e.term}>
            <button type="button" class="term-button" data-action="jump-term" title="点击依次跳到各处 Click to visit each occurrence" onClick={() => onJump(e)}>
              <span class="term-zh" lang="zh-CN">{e.term}</span>
              <span class="term-pinyin">{e.pinyin}</span>
              <span class="term-kind">{KIND_LABELS[e.kind] ?? e.kind}</span>
              {e.count > 1 ? <span class="term-count">×{e.count}</span> : null}
            </button>
            {e.role ? <span class="term-role">{e.role}</span> : null}
            <span class={e.gloss ? 'term-gloss' : 'term-gloss unglossed'}>{e.gloss ?? '（暂无释义 no gloss）'}</span>
          </li>
        ))}
      </ul>
      <div class="export-row">
        <button type="button" class="link-button" data-action="export-glossary-csv" onClick={() => onExport('csv')}>导出 CSV</button>
        <button type="button" class="link-button" data-action="export-glossary-anki" onClick={() => onExport('anki')}>导出 Anki</button>
      </div>
    </div>
  );
}
