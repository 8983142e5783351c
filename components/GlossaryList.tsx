import type { GlossaryEntry } from '../lib/types';

type GlossaryListProps = {
  entries: GlossaryEntry[];
  onJump: (entry: GlossaryEntry) => void;
};

/** Terms with pinyin and gloss; an unglossed term says so rather than guessing. */
export function GlossaryList({ entries, onJump }: GlossaryListProps) {
  return (
    <ul class="glossary">
      {entries.map((e) => (
        <li key={e.term} class="term">
          <button type="button" class="term-button" data-action="jump-term" onClick={() => onJump(e)}>
            <span class="term-zh" lang="zh-CN">{e.term}</span>
            <span class="term-pinyin">{e.pinyin}</span>
            {e.count > 1 ? <span class="term-count">×{e.count}</span> : null}
          </button>
          <span class={e.gloss ? 'term-gloss' : 'term-gloss unglossed'}>{e.gloss ?? '（暂无释义 no gloss）'}</span>
        </li>
      ))}
    </ul>
  );
}
