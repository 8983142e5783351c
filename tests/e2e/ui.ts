/**
 * Reaching the reader's UI as a reader does. The panel is an extension page in a
 * frame inside <renmin-reader>'s closed shadow root; the selection toolbar and the
 * hover popup sit in that closed root itself. Playwright's locators do not pierce
 * closed roots, so the page-side UI is found through the DevTools protocol (which
 * sees every shadow root) and clicked with the real mouse at its place on screen:
 * trusted input, as from a reader.
 */
import type { CDPSession, Frame, Page } from 'playwright-core';

export const HOST = 'renmin-reader';
const PANEL_URL = /\/reader-panel\.html/;

/** The panel's frame, once it is in the page (its controls are then reached with frame.locator). */
export async function panel(page: Page, timeout = 10000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => PANEL_URL.test(f.url()));
    if (frame) {
      await frame.waitForLoadState('domcontentloaded');
      return frame;
    }
    if (Date.now() > deadline) throw new Error('no panel frame in the page');
    await page.waitForTimeout(50);
  }
}

interface CdpNode { nodeId: number; localName?: string; children?: CdpNode[]; shadowRoots?: CdpNode[] }

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** The page-side UI in the host's closed shadow root. */
export class PageUi {
  constructor(private readonly page: Page) {}

  private session(): Promise<CDPSession> {
    let s = sessions.get(this.page);
    if (!s) {
      s = this.page.context().newCDPSession(this.page);
      sessions.set(this.page, s);
    }
    return s;
  }

  /** Node ids (valid until the next call) of the elements matching `selector` in the host's shadow root. */
  async query(selector: string): Promise<number[]> {
    const cdp = await this.session();
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const find = (n: CdpNode): CdpNode | null => {
      if (n.localName === HOST && n.shadowRoots?.length) return n.shadowRoots[0];
      for (const c of n.children ?? []) {
        const hit = find(c);
        if (hit) return hit;
      }
      return null;
    };
    const shadow = find(root);
    if (!shadow) return [];
    const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector })) as { nodeIds: number[] };
    return nodeIds;
  }

  async count(selector: string): Promise<number> {
    return (await this.query(selector)).length;
  }

  /** Wait until `selector` is there (or, with `gone`, until it is not). */
  async waitFor(selector: string, { gone = false, timeout = 10000 } = {}): Promise<void> {
    const deadline = Date.now() + timeout;
    while ((await this.count(selector)) > 0 === gone) {
      if (Date.now() > deadline) throw new Error(`${selector} ${gone ? 'still there' : 'never appeared'} in the page-side UI`);
      await this.page.waitForTimeout(50);
    }
  }

  /** Run `fn` on the first match (as `this`) in the page and return its result. */
  async call<T>(selector: string, fn: string): Promise<T> {
    const [nodeId] = await this.query(selector);
    if (!nodeId) throw new Error(`${selector} not found in the page-side UI`);
    const cdp = await this.session();
    const { object } = (await cdp.send('DOM.resolveNode', { nodeId })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true })) as { result: { value: T } };
    return result.value;
  }

  text(selector: string): Promise<string> {
    return this.call<string>(selector, 'function () { return this.textContent; }');
  }

  attribute(selector: string, name: string): Promise<string | null> {
    return this.call<string | null>(selector, `function () { return this.getAttribute(${JSON.stringify(name)}); }`);
  }

  /** Where the first match is on screen (viewport pixels). */
  async box(selector: string): Promise<{ x: number; y: number; width: number; height: number }> {
    return this.call(selector, 'function () { const r = this.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }');
  }

  /** Click the first match with the real mouse at its centre (trusted input, as from a reader). */
  async click(selector: string): Promise<void> {
    await this.waitFor(selector);
    const b = await this.box(selector);
    await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  }
}
