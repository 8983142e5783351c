/**
 * `npx tsx scripts/bench-profile.ts [--huge | --synthetic | <saved page name>] [--extension DIR]`:
 * where our code spends the main thread during one load, from a Chromium trace: every task over
 * 50 ms with our share and the functions of ours that ran longest in it (self time), and the
 * same over the whole load; with --events, the browser's own work in each task too (layout,
 * parsing, script compile). A tool for finding what to slice; `npm run bench` gives the figures.
 */
import { resolve } from 'node:path';
import { startPageServer } from '../tests/e2e/server';
import { EXTENSION_DIR, launchWithExtension } from '../tests/e2e/browser';
import { listTestPages } from './lib/test-pages';
import { hugePageHtml, realSizedHugePageHtml } from './lib/huge-page';
import { startTrace } from './lib/trace-tasks';

const args = process.argv.slice(2);
const extensionDir = resolve(args.includes('--extension') ? args[args.indexOf('--extension') + 1] : EXTENSION_DIR);
const server = await startPageServer();
let url = 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html';
if (args.includes('--huge')) server.override((url = 'http://finance.people.com.cn/n1/2024/0510/c1004-49999998.html'), realSizedHugePageHtml());
else if (args.includes('--synthetic')) server.override((url = 'http://finance.people.com.cn/n1/2024/0510/c1004-49999999.html'), hugePageHtml());
else if (args[0] && !args[0].startsWith('--')) url = listTestPages().find((p) => p.name === args[0])!.url;

const browser = await launchWithExtension(server.port, { extensions: [extensionDir] });
const origin = `chrome-extension://${new URL((await browser.serviceWorker()).url()).host}/`;
const tab = await browser.context.newPage();
const cdp = await browser.context.newCDPSession(tab);
const stop = await startTrace(cdp, args.includes('--events') ? ['devtools.timeline'] : []);
await tab.goto(url, { timeout: 180000 });
await tab.waitForFunction(() => JSON.parse(document.querySelector('renmin-reader')?.getAttribute('data-rr-timings') ?? '{}').analysed, null, { timeout: 180000 });
await tab.waitForTimeout(1500);
const timings = await tab.locator('renmin-reader').getAttribute('data-rr-timings');
const events = (await stop()) as unknown as { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; id?: string; args?: { name?: string; data?: any } }[];
await browser.close();
await server.close();

console.log('timings', timings);
// Profiles: nodes and samples per (pid, profile id).
const profiles = new Map<string, { tid: number; t: number; nodes: Map<number, { fn: string; url: string; line: number; column?: number; parent?: number }>; samples: { t: number; dt: number; node: number }[] }>();
for (const e of events) {
  const key = `${e.pid}:${e.id}`;
  if (e.name === 'Profile') profiles.set(key, { tid: e.tid, t: Number(e.args?.data?.startTime ?? e.ts), nodes: new Map(), samples: [] });
  if (e.name !== 'ProfileChunk') continue;
  const p = profiles.get(key);
  if (!p) continue;
  for (const n of e.args?.data?.cpuProfile?.nodes ?? []) p.nodes.set(n.id, { fn: n.callFrame.functionName || '(anonymous)', url: n.callFrame.url ?? '', line: n.callFrame.lineNumber ?? 0, column: n.callFrame.columnNumber ?? 0, parent: n.parent });
  (e.args?.data?.cpuProfile?.samples ?? []).forEach((id: number, i: number) => {
    const dt = e.args?.data?.timeDeltas?.[i] ?? 0;
    p.t += dt;
    p.samples.push({ t: p.t, dt, node: id });
  });
}
for (const [key, p] of profiles) {
  const pid = Number(key.split(':')[0]);
  const ours = (id: number): boolean => { const n = p.nodes.get(id); return !!n && (n.url.startsWith(origin) || (n.parent !== undefined && ours(n.parent))); };
  const ourSamples = p.samples.filter((s) => ours(s.node));
  if (!ourSamples.length) continue;
  const label = (id: number) => { const n = p.nodes.get(id)!; return `${n.fn} ${n.url.replace(origin, '')}:${n.line}:${n.column ?? 0}`; };
  /** Self time by the innermost frame of ours (a native or page frame under ours is charged to it). */
  const ownFrame = (id: number): number => { let n = id; while (p.nodes.get(n) && !p.nodes.get(n)!.url.startsWith(origin)) n = p.nodes.get(n)!.parent!; return n; };
  const bySelf = (list: typeof ourSamples) => {
    const m = new Map<string, number>();
    for (const s of list) { const own = ownFrame(s.node); const inner = p.nodes.get(s.node)!; const l = `${label(own)}${inner.url.startsWith(origin) ? '' : ` > ${inner.fn}`}`; m.set(l, (m.get(l) ?? 0) + s.dt); }
    return [...m].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([l, us]) => `    ${(us / 1000).toFixed(1)} ms  ${l}`).join('\n');
  };
  const total = ourSamples.reduce((s, x) => s + x.dt, 0) / 1000;
  console.log(`\nthread ${key} (tid ${p.tid}): our code ${total.toFixed(1)} ms in all`);
  console.log(bySelf(ourSamples));
  const tasks = events.filter((e) => e.pid === pid && e.tid === p.tid && e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > 50000);
  for (const t of tasks) {
    const inTask = p.samples.filter((s) => s.t >= t.ts && s.t <= t.ts + t.dur!);
    const mine = inTask.filter((s) => ours(s.node));
    const oursMs = mine.reduce((s, x) => s + x.dt, 0) / 1000;
    const inner = events.filter((e) => e.pid === pid && e.tid === p.tid && e.ph === 'X' && e.ts >= t.ts && e.ts <= t.ts + t.dur! && (e.dur ?? 0) > 5000 && e !== t && !/RunTask|ThreadController/.test(e.name));
    console.log(`  task ${(t.dur! / 1000).toFixed(1)} ms, ours ${oursMs.toFixed(1)} ms${inner.length ? `: ${inner.slice(0, 6).map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(0)}`).join(', ')}` : ''}`);
    if (oursMs > 5) console.log(bySelf(mine));
  }
}
