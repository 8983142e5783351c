/**
 * Docking the panel beside the article: room for it, and the fold to a tab when
 * the article would still reach under it.
 * @module lib/ext/page/layout
 */
import { PANEL_WIDTH, articleOverlapsPanel, isLargePage, makeRoom, rectAfterLayout, releaseRoom } from './page-room';
import { guarded, type Reader } from './reader';

/**
 * Room for the panel: shift the page; if the article still reaches under the panel, fold to the
 * tab. Docked or folded is decided once the page is laid out with room: in the next animation
 * frame, before it is painted (so a narrow window never shows the docked panel for a frame), or
 * on a large page after the browser's own layout (forcing a layout of a huge page held our task
 * for 0.2 s). Until then the panel keeps the state it shows.
 */
export function layout(reader: Reader): void {
  const { settings, autoCollapsed, extraction } = reader.state.get();
  const id = ++reader.layouts;
  if (settings.panelCollapsed || autoCollapsed) {
    reader.frame.setCollapsed(true);
    releaseRoom(document);
    return;
  }
  makeRoom(document, PANEL_WIDTH);
  const root = extraction.root;
  if (reader.userOpened || !root) {
    reader.frame.setCollapsed(false);
    return;
  }
  const decide = (rect: { width: number; right: number }) => {
    if (id !== reader.layouts) return; // a newer layout took over
    if (!articleOverlapsPanel(rect, window, PANEL_WIDTH)) {
      reader.frame.setCollapsed(false);
      return;
    }
    releaseRoom(document);
    reader.state.set({ autoCollapsed: true });
    reader.frame.setCollapsed(true);
  };
  if (isLargePage(document)) void rectAfterLayout(root).then(guarded(decide));
  else requestAnimationFrame(guarded(() => decide(root.getBoundingClientRect())));
}
