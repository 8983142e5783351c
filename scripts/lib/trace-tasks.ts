/**
 * Which long tasks are ours: a Chromium trace of one page load (top-level
 * tasks of each renderer's main thread, plus V8's CPU samples), and for each
 * task how much of it ran our extension's code. The Long Tasks and Long
 * Animation Frames APIs cannot tell: they leave extension scripts out of their
 * attribution. A sample counts as ours when any frame of its stack is a script
 * of our extension, so a forced layout inside our code counts as ours too.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string; cat: string; ph: string; pid: number; tid: number; ts: number; dur?: number; id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

/** Start tracing through `cdp` (a page's session), with `more` trace categories; the returned function stops and hands the events back. */
export async function startTrace(cdp: CDPSession, more: string[] = []): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  // The protocol types every event as a string map; they are the trace's own events.
  const onData = (d: { value: unknown[] }) => void events.push(...(d.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['__metadata', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler', ...more] },
    transferMode: 'ReportEvents',
  } as never);
  return async () => {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** Long tasks of one main thread, and our part in them (ms). */
export interface TaskSummary {
  /** Longest top-level task of the thread, whoever ran it. */
  longestTaskMs: number;
  /** Longest task in which our code ran for at least half the time (or over 50 ms): "a long task of ours". */
  longestOursMs: number;
  /** Most time our code ran inside any one task. */
  ourMostInOneTaskMs: number;
  /** Tasks over 50 ms that are ours (as above). */
  longOurs: number;
}

interface Sample { t: number; dt: number; ours: boolean }

/** CPU samples per (pid, tid) of the profiled thread, each marked ours or not. */
function samplesByThread(events: TraceEvent[], isOurs: (url: string) => boolean): Map<string, Sample[]> {
  const profiles = new Map<string, { pid: number; tid: number; t: number; nodes: Map<number, { url: string; parent?: number }>; ours: Map<number, boolean>; samples: Sample[] }>();
  for (const e of events) {
    const key = `${e.pid}:${e.id}`;
    if (e.name === 'Profile') {
      profiles.set(key, { pid: e.pid, tid: e.tid, t: Number(e.args?.data?.startTime ?? e.ts), nodes: new Map(), ours: new Map(), samples: [] });
    } else if (e.name === 'ProfileChunk') {
      const p = profiles.get(key);
      if (!p) continue;
      const data = e.args?.data as { cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { url?: string } }[]; samples?: number[] }; timeDeltas?: number[] };
      for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, { url: n.callFrame.url ?? '', parent: n.parent });
      const ids = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      const oursOf = (id: number): boolean => {
        const known = p.ours.get(id);
        if (known !== undefined) return known;
        const node = p.nodes.get(id);
        const value = !!node && (isOurs(node.url) || (node.parent !== undefined && oursOf(node.parent)));
        p.ours.set(id, value);
        return value;
      };
      ids.forEach((id, i) => {
        const dt = deltas[i] ?? 0;
        p.t += dt;
        p.samples.push({ t: p.t, dt, ours: oursOf(id) });
      });
    }
  }
  const out = new Map<string, Sample[]>();
  for (const p of profiles.values()) out.set(`${p.pid}:${p.tid}`, [...(out.get(`${p.pid}:${p.tid}`) ?? []), ...p.samples]);
  return out;
}

/** Summarise the top-level tasks of main thread `pid:tid`. */
function summarise(events: TraceEvent[], pid: number, tid: number, samples: Sample[]): TaskSummary {
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.dur)
    .sort((a, b) => a.ts - b.ts);
  const summary: TaskSummary = { longestTaskMs: 0, longestOursMs: 0, ourMostInOneTaskMs: 0, longOurs: 0 };
  const sorted = [...samples].sort((a, b) => a.t - b.t);
  let k = 0;
  let end = -Infinity;
  for (const task of tasks) {
    if (task.ts + task.dur! <= end) continue; // nested in the previous top-level task
    end = task.ts + task.dur!;
    while (k < sorted.length && sorted[k].t < task.ts) k++;
    let ours = 0;
    for (let j = k; j < sorted.length && sorted[j].t <= end; j++) if (sorted[j].ours) ours += sorted[j].dt;
    const ms = task.dur! / 1000;
    const oursMs = ours / 1000;
    summary.longestTaskMs = Math.max(summary.longestTaskMs, ms);
    summary.ourMostInOneTaskMs = Math.max(summary.ourMostInOneTaskMs, oursMs);
    const isOurs = oursMs >= ms / 2 || oursMs > 50;
    if (isOurs) summary.longestOursMs = Math.max(summary.longestOursMs, ms);
    if (isOurs && ms > 50) summary.longOurs++;
  }
  const r = (n: number) => Math.round(n * 10) / 10;
  return { longestTaskMs: r(summary.longestTaskMs), longestOursMs: r(summary.longestOursMs), ourMostInOneTaskMs: r(summary.ourMostInOneTaskMs), longOurs: summary.longOurs };
}

/**
 * Our part in the long tasks of a traced load: on the page's main thread (the renderer that ran
 * our content script) and on the panel frame's (the renderer that ran the panel page; every task
 * there is ours). `origin` is our extension's `chrome-extension://<id>/`. Null where the trace
 * holds no such thread.
 */
export function ourTasks(events: TraceEvent[], origin: string): { page: TaskSummary | null; panel: TaskSummary | null } {
  const samples = samplesByThread(events, (url) => url.startsWith(origin));
  const mainThread = (pid: number) => events.find((e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain')?.tid;
  const pidRunning = (fragment: string) => {
    for (const [key, list] of samples) {
      if (!list.some((s) => s.ours)) continue;
      const [pid, tid] = key.split(':').map(Number);
      if (tid === mainThread(pid) && events.some((e) => e.pid === pid && e.name === 'ProfileChunk' && JSON.stringify(e.args?.data ?? '').includes(fragment))) return pid;
    }
    return null;
  };
  const at = (pid: number | null) => {
    if (pid === null) return null;
    const tid = mainThread(pid)!;
    return summarise(events, pid, tid, samples.get(`${pid}:${tid}`) ?? []);
  };
  return { page: at(pidRunning(`${origin}content-scripts/`)), panel: at(pidRunning('reader-panel')) };
}
