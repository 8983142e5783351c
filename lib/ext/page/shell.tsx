/**
 * The reader's shell in the page: our host, the panel's frame and the article's
 * scroll rail, opened as soon as the address names an article, and the page-side
 * UI and the panel's view wired to the reader's state once the article is confirmed.
 * @module lib/ext/page/shell
 */
import { render } from 'preact';
import type { Settings } from '../../settings';
import type { PanelView, ToPage } from '../panel-protocol';
import type { PageState } from './page-state';
import { articleOverlapsPanel, dockedWidth } from './page-room';
import { mountPageHost, type PageHost } from './page-host';
import { createPanelFrame, type PanelFrame } from './panel-frame';
import { createScrollRail, type ScrollRail } from './scroll-rail';
import { changedParts, createViewOf } from './panel-view';
import { PageUi } from './page-ui';
import { guarded, mark, tOf, type Reader } from './reader';

/** Our host, the panel's frame and the scroll rail; the panel waits for its first view until the reader is ready. */
export interface Shell {
  host: PageHost;
  frame: PanelFrame;
  rail: ScrollRail;
  /** The page's reader once the article is confirmed (the frame serves it from then on). */
  reader: Reader | null;
  /** The last view sent to the panel. */
  sent: PanelView | null;
  viewOf: (state: PageState) => PanelView;
  remove(): void;
}

/**
 * Step 3: our host and the panel's frame, folded or docked as the settings say, in the reader's
 * theme. Opened as soon as the address names an article (before the body is found), so the
 * panel's shell shows at once and fills as results arrive; over the page until the article is
 * confirmed, then the page makes room. A page that turns out not to be an article gets it
 * removed: no host at all.
 */
export function openShell(
  timings: Record<string, number>, settings: Settings, onAction: (reader: Reader, message: ToPage) => void, folded = settings.panelCollapsed,
): Shell {
  const host = mountPageHost(document);
  host.setAppearance(settings);
  mark(host.host, timings, 'panel');
  const shell: Shell = {
    host, reader: null, sent: null, viewOf: createViewOf(document),
    rail: createScrollRail(host.frameSlot, window),
    frame: createPanelFrame({
      slot: host.frameSlot,
      view: () => (shell.reader ? (shell.sent = shell.viewOf(shell.reader.state.get())) : null),
      onAction: guarded((m: ToPage) => shell.reader && onAction(shell.reader, m)),
      onConnect: () => mark(host.host, timings, 'panelConnected'),
    }),
    remove() {
      shell.frame.remove();
      shell.rail.remove();
      host.remove();
    },
  };
  shell.frame.setSide(settings.panelSide);
  shell.frame.setCollapsed(folded);
  return shell;
}

/** The page-side UI follows the state; the panel gets patches of the view (all of it first). */
export function mountUi(reader: Reader, shell: Shell): void {
  const { state, host, frame } = reader;
  const drawUi = () => render(<PageUi state={state.get()} highlighter={reader.highlighter} pinyin={reader.pinyin} t={tOf(reader)} />, host.uiRoot);
  const sendView = () => {
    if (!frame.connected()) return;
    const next = shell.viewOf(state.get());
    const patch = changedParts(shell.sent, next);
    shell.sent = next;
    if (Object.keys(patch).length) frame.send({ type: 'view', patch });
  };
  state.subscribe(guarded(() => {
    drawUi();
    sendView();
  }));
  shell.reader = reader;
  drawUi();
  sendView();
}

/**
 * True when the article (the site's body container, where it is now) may reach under the docked
 * panel: it already does before the page makes room. Read before our host is in the page, when
 * the page's layout is usually clean, so it costs no layout of its own.
 */
export function mayOverlap(container: Element, settings: Settings): boolean {
  return articleOverlapsPanel(container.getBoundingClientRect(), window, dockedWidth(settings), settings.panelSide);
}
