/**
 * Docking the panel beside the article: room for it on its side (and, docked on
 * the right, the article's scroll rail at its edge), and the fold to a tab when
 * the article would still reach under it.
 * @module lib/ext/page/layout
 */
import { articleOverlapsPanel, dockedWidth, isLargePage, makeRoom, rectAfterLayout, releaseRoom } from './page-room';
import { guarded, type Reader } from './reader';

/**
 * Room for the panel: shift the page on the panel's side; if the article still reaches under the
 * panel, fold to the tab. Docked or folded is decided once the page is laid out with room: in the
 * next animation frame, before it is painted (so a narrow window never shows the docked panel for
 * a frame), or on a large page after the browser's own layout (forcing a layout of a huge page
 * held our task for 0.2 s). Until then the panel keeps the state it shows.
 */
export function layout(reader: Reader): void {
  const { settings, autoCollapsed, extraction } = reader.state.get();
  const id = ++reader.layouts;
  const { panelSide: side, panelWidth } = settings;
  reader.frame.setSide(side);
  if (settings.panelCollapsed || autoCollapsed) {
    reader.frame.setCollapsed(true);
    reader.rail.place(null);
    releaseRoom(document);
    return;
  }
  const room = dockedWidth(settings);
  makeRoom(document, room, side);
  const dock = () => {
    reader.frame.setCollapsed(false);
    reader.rail.place(side === 'right' ? panelWidth : null);
  };
  const root = extraction.root;
  if (reader.userOpened || !root) return dock();
  const decide = (rect: { width: number; left: number; right: number }) => {
    if (id !== reader.layouts) return; // a newer layout took over
    if (!articleOverlapsPanel(rect, window, room, side)) return dock();
    releaseRoom(document);
    reader.rail.place(null);
    reader.state.set({ autoCollapsed: true });
    reader.frame.setCollapsed(true);
  };
  if (isLargePage(document)) void rectAfterLayout(root).then(guarded(decide));
  else requestAnimationFrame(guarded(() => decide(root.getBoundingClientRect())));
}
