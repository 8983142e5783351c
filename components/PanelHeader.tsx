import type { ArticleMeta } from '../lib/types';
import { formatPublished } from '../lib/format/date';

type PanelHeaderProps = {
  meta: ArticleMeta;
  onCollapse: () => void;
  onOpenLibrary: () => void;
};

/** Title block: pre-title, title, subtitle, then source · date · edition and a link to the original. */
export function PanelHeader({ meta, onCollapse, onOpenLibrary }: PanelHeaderProps) {
  const date = formatPublished(meta.publishedAt);
  const facts = [meta.source, date, meta.author].filter(Boolean);
  return (
    <header class="header">
      <div class="brand">
        <span class="brand-name">人民阅读 <span class="brand-en">Renmin Reader</span></span>
        <button type="button" class="icon-button" data-action="collapse" aria-label="收起面板 Collapse panel" title="收起 Collapse" onClick={onCollapse}>
          ⟩
        </button>
      </div>
      {meta.preTitle ? <p class="pre-title" data-field="preTitle">{meta.preTitle}</p> : null}
      <h1 class="title" data-field="title">{meta.title ?? '（无标题）'}</h1>
      {meta.subtitle ? <p class="subtitle" data-field="subtitle">{meta.subtitle}</p> : null}
      <p class="facts">
        {facts.map((f, i) => (
          <span key={i} class="fact" data-field={f === date ? 'publishedAt' : f === meta.source ? 'source' : 'author'}>{f}</span>
        ))}
      </p>
      {meta.edition ? <p class="edition" data-field="edition">{meta.edition}</p> : null}
      {meta.editor ? <p class="editor" data-field="editor">责编 {meta.editor}</p> : null}
      <p class="links">
        {meta.url && /^https?:/.test(meta.url) ? (
          <a class="original" href={meta.url} target="_blank" rel="noopener noreferrer" data-action="open-original">
            原文链接 Original ↗
          </a>
        ) : null}
        <button type="button" class="library-link" data-action="open-library" onClick={onOpenLibrary}>
          标注库 Library
        </button>
      </p>
    </header>
  );
}
