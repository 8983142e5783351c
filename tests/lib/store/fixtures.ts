/** Test helper: the versioned example exports in ./fixtures (v1.json, v2.json …), parsed. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** [version, raw JSON text] of every fixture, oldest first. */
export function versionedFixtures(): [number, string][] {
  return readdirSync(DIR)
    .map((f) => /^v(\d+)\.json$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [Number(m[1]), readFileSync(DIR + m[0], 'utf8')] as [number, string])
    .sort((a, b) => a[0] - b[0]);
}
