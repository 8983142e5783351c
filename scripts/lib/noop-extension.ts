/**
 * A no-op extension for the benchmark's baseline: the least any extension can do
 * on People's Daily pages. Its content script runs at the same point as ours
 * (document_idle), appends one element and records when (performance.now(), ms
 * since navigation start, the clock our own timings use). Written to a temp
 * folder at bench time, so the baseline is built and loaded in the same run.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PEOPLE_MATCHES } from '../../lib/hosts';

/** The element the no-op appends; its `data-at` holds the time it was appended. */
export const NOOP_TAG = 'rr-noop';

/** The content script: append one element, record the time on it. */
const CONTENT_SCRIPT = `(() => {
  const el = document.createElement('${NOOP_TAG}');
  document.documentElement.append(el);
  el.setAttribute('data-at', String(Math.round(performance.now() * 10) / 10));
})();
`;

/** Write the no-op extension into a fresh temp folder; returns the folder. */
export function writeNoopExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rr-noop-ext-'));
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'No-op baseline',
    version: '1.0.0',
    content_scripts: [{ matches: PEOPLE_MATCHES, js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'content.js'), CONTENT_SCRIPT);
  return dir;
}
