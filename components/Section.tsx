import type { ComponentChildren } from 'preact';

type SectionProps = {
  /** Stable name for tests and styling: outline | glossary | dates | highlights. */
  name: string;
  title: string;
  count?: number;
  open: boolean;
  onToggle: () => void;
  /** Shown instead of children when there is nothing to list. */
  empty: string | null;
  children?: ComponentChildren;
};

/** One collapsible panel section with an honest empty state. */
export function Section({ name, title, count, open, onToggle, empty, children }: SectionProps) {
  const bodyId = `rr-section-${name}`;
  return (
    <section class="section" data-section={name}>
      <h2 class="section-head">
        <button
          type="button"
          class="section-toggle"
          data-action={`toggle-section-${name}`}
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          <span class="section-title">{title}</span>
          {count ? <span class="section-count">{count}</span> : null}
          <span class="chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
        </button>
      </h2>
      {open ? (
        <div class="section-body" id={bodyId}>
          {empty ? <p class="empty">{empty}</p> : children}
        </div>
      ) : null}
    </section>
  );
}
