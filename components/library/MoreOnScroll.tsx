import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n';

type MoreOnScrollProps = {
  /** Called when the end of what is drawn comes within `margin` pixels of the screen. */
  onMore: () => void;
  /** How many items are not drawn yet (shown to the reader). */
  remaining: number;
  margin?: number;
};

/**
 * The end of a list drawn in parts: when the reader scrolls near it, ask for the next part.
 * Why: 20,000 highlights drawn at once held the library page for seconds; drawing what the
 * screen shows and the next part as the reader nears it keeps every step short.
 */
export function MoreOnScroll({ onMore, remaining, margin = 1200 }: MoreOnScrollProps) {
  const t = useT();
  const ref = useRef<HTMLParagraphElement>(null);
  const latest = useRef(onMore);
  latest.current = onMore;
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) latest.current();
    }, { rootMargin: `0px 0px ${margin}px 0px` });
    observer.observe(el);
    return () => observer.disconnect();
  }, [margin, remaining]);
  return (
    <p class="more" ref={ref} data-more={remaining} aria-live="polite">
      {t.plural('library.moreHighlights', remaining)}
    </p>
  );
}
