/**
 * Reaching our UI in Firefox as the Chromium tests do through CDP: WebDriver BiDi
 * lists the panel's extension frame as a browsing context of its own, and
 * serialises closed shadow roots (includeShadowTree: 'all'), so a test can read
 * the page-side UI in <renmin-reader>'s closed root. Clicks go through the real
 * mouse at the element's place on screen (trusted input).
 */
import type { Browser, Page } from 'puppeteer-core';

interface BidiConnection { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> }
interface RemoteValue { type: string; value?: unknown; sharedId?: string }
interface TreeNode { context: string; url: string; children?: TreeNode[] }

/** The raw BiDi connection under puppeteer's Browser (not in its public types). */
function connection(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

/** The BiDi browsing context id of the page's top frame. */
function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
}

/** Evaluate `expression` (which must produce JSON-able data) in `context`; throws the page's exception. */
async function evaluateIn<T>(browser: Browser, context: string, expression: string): Promise<T> {
  const { result } = await connection(browser).send('script.evaluate', {
    expression: `JSON.stringify((() => { ${expression} })() ?? null)`,
    target: { context },
    awaitPromise: false,
  });
  if (result.type === 'exception') throw new Error(`in ${context}: ${JSON.stringify(result.exceptionDetails)}`);
  return JSON.parse((result.result as RemoteValue).value as string) as T;
}

/** The panel's frame: its context id once it is in the page. */
export async function panelContext(browser: Browser, page: Page, timeout = 15000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const { result } = await connection(browser).send('browsingContext.getTree', { root: contextOf(page) });
    const find = (nodes: TreeNode[]): TreeNode | undefined => {
      for (const n of nodes) {
        if (/\/reader-panel\.html/.test(n.url)) return n;
        const hit = find(n.children ?? []);
        if (hit) return hit;
      }
      return undefined;
    };
    const frame = find(result.contexts as TreeNode[]);
    if (frame) return frame.context;
    if (Date.now() > deadline) throw new Error('no panel frame in the page');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Run `body` (a function body returning JSON-able data) in the panel's document. */
export function inPanel<T>(browser: Browser, panel: string, body: string): Promise<T> {
  return evaluateIn<T>(browser, panel, body);
}

/** Run `body` with `this` = <renmin-reader>'s closed shadow root; null when there is no host. */
export async function inShadow<T>(browser: Browser, page: Page, body: string): Promise<T | null> {
  const conn = connection(browser);
  const context = contextOf(page);
  const { result: host } = await conn.send('script.evaluate', {
    expression: 'document.querySelector("renmin-reader")',
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const root = ((host.result as RemoteValue).value as { shadowRoot?: RemoteValue } | undefined)?.shadowRoot;
  if (!root?.sharedId) return null;
  const { result } = await conn.send('script.callFunction', {
    functionDeclaration: `function () { return JSON.stringify((() => { ${body} }).call(this) ?? null); }`,
    this: { sharedId: root.sharedId },
    target: { context },
    awaitPromise: false,
  });
  if (result.type === 'exception') throw new Error(JSON.stringify(result.exceptionDetails));
  return JSON.parse((result.result as RemoteValue).value as string) as T;
}

/** Poll `check` until it returns something truthy. */
export async function waitUntil<T>(what: string, check: () => Promise<T>, timeout = 15000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Click the panel's control `selector` with the real mouse (the frame's place + the control's place in it). */
export async function clickInPanel(browser: Browser, page: Page, panel: string, selector: string): Promise<void> {
  const frame = await inShadow<{ x: number; y: number }>(browser, page, `const r = this.querySelector('iframe').getBoundingClientRect(); return { x: r.x, y: r.y };`);
  const box = await waitUntil(selector, () => inPanel<{ x: number; y: number; w: number; h: number } | null>(browser, panel,
    `const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return null; el.scrollIntoView({ block: 'nearest' }); const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height };`));
  await page.mouse.click(frame!.x + box!.x + box!.w / 2, frame!.y + box!.y + box!.h / 2);
}

/** Click the page-side control `selector` (in the closed shadow root) with the real mouse. */
export async function clickInShadow(browser: Browser, page: Page, selector: string): Promise<void> {
  const box = await waitUntil(selector, () => inShadow<{ x: number; y: number; w: number; h: number } | null>(browser, page,
    `const el = this.querySelector(${JSON.stringify(selector)}); if (!el) return null; const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height };`));
  await page.mouse.click(box!.x + box!.w / 2, box!.y + box!.h / 2);
}
