import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { common, library, options, page, panel, popup } from '../../../lib/i18n';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Each surface, the source files drawn in it, and the catalogue sections its translator holds
 * (the same lists as the `translators(...)` call in its start module). */
const SURFACES = [
  { name: 'page side', sections: [common, page], files: ['components/SelectionToolbar.tsx', 'components/HoverPopup.tsx', ...dir('components/word'), 'components/ColorChoices.tsx', 'lib/ext/page/page-ui.tsx', 'lib/ext/page/start.tsx', 'lib/ext/page/analysis.ts'] },
  { name: 'panel', sections: [common, panel], files: ['components/Panel.tsx', 'components/PanelHeader.tsx', 'components/Section.tsx', 'components/OutlineList.tsx', 'components/GlossaryList.tsx', 'components/DatesFigures.tsx', 'components/HighlightsList.tsx', 'components/HighlightEditor.tsx', 'components/ColorChoices.tsx', 'lib/ext/panel/panel-app.tsx', 'lib/ext/panel/start.tsx'] },
  { name: 'notices (sent by the page side, worded by the panel)', sections: [panel], notices: true, files: ['lib/ext/page/highlighter.ts', 'lib/ext/page/pinyin.ts', 'lib/ext/page/corrections.ts', 'lib/ext/page/word-list.ts', 'lib/ext/page/analysis.ts', 'lib/ext/page/start.tsx'] },
  { name: 'library', sections: [common, library], files: [...dir('components/library'), 'components/ColorChoices.tsx', 'entrypoints/library/main.tsx', 'entrypoints/library/words-tab.tsx'] },
  { name: 'options', sections: [common, options], files: [...dir('components/options'), 'lib/ext/options/start.tsx'] },
  { name: 'toolbar popup', sections: [common, panel, popup], files: ['components/popup/ToolbarPopup.tsx', 'lib/ext/popup/start.tsx'] },
];

function dir(path: string): string[] {
  return readdirSync(join(ROOT, path)).filter((f) => f.endsWith('.tsx')).map((f) => `${path}/${f}`);
}

/** Message keys a source asks for: t('key'), t.plural('base', …), t(`kind.${x}`) (as a pattern); with
 * `notices`, only the notice keys it sends (`key: 'notice.…'`), which the panel words. */
function keysIn(source: string, notices = false): { key: string; pattern: RegExp }[] {
  const found: { key: string; pattern: RegExp }[] = [];
  const literal = (k: string) => ({ key: k, pattern: new RegExp(`^${k.replace(/\./g, '\\.')}(_one|_other)?$`) });
  if (notices) return [...source.matchAll(/\bkey: '(notice\.[\w.]+)'/g)].map((m) => literal(m[1]));
  for (const m of source.matchAll(/\bt(?:\.plural)?\(\s*'([\w.]+)'/g)) found.push(literal(m[1]));
  for (const m of source.matchAll(/\bt\(\s*`([\w.]*)\$\{[^}]+\}([\w.]*)`/g)) found.push({ key: `${m[1]}…${m[2]}`, pattern: new RegExp(`^${m[1].replace(/\./g, '\\.')}[\\w-]+${m[2].replace(/\./g, '\\.')}$`) });
  for (const m of source.matchAll(/\b(?:legend|label|unit)="([\w.]+)"/g)) if (m[1].includes('.')) found.push(literal(m[1]));
  return found;
}

describe('every message a surface shows is in the sections its translator holds', () => {
  it.each(SURFACES.map((s) => [s.name, s] as const))('%s', (_, surface) => {
    const known = surface.sections.flatMap((s) => Object.keys(s.en));
    const missing: string[] = [];
    let asked = 0;
    for (const file of new Set(surface.files)) {
      for (const { key, pattern } of keysIn(readFileSync(join(ROOT, file), 'utf8'), 'notices' in surface)) {
        asked++;
        if (!known.some((k) => pattern.test(k))) missing.push(`${file}: ${key}`);
      }
    }

    expect(missing).toEqual([]);
    expect(asked).toBeGreaterThan(3);
  });
});
