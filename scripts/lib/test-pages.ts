/** The saved People's Daily pages in tests/pages: source.html + page.json (+ expected.json). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PAGES_DIR = resolve(import.meta.dirname, '../../tests/pages');

export interface TestPage {
  name: string;
  dir: string;
  source: string;
  url: string;
  charset: string;
  constructed: boolean;
}

/** Every page folder, sorted by name. */
export function listTestPages(): TestPage[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PAGES_DIR, d.name, 'page.json')))
    .map((d) => {
      const dir = join(PAGES_DIR, d.name);
      const info = JSON.parse(readFileSync(join(dir, 'page.json'), 'utf8'));
      return { name: d.name, dir, source: join(dir, 'source.html'), url: info.url, charset: info.charset, constructed: !!info.constructed };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
