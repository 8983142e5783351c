/**
 * The palettes as CSS custom properties, for every surface we draw: a stylesheet
 * that sets the variables under `scope[data-theme=…]`, with "system" following
 * prefers-color-scheme (light, or dark). The static stylesheets only read the
 * variables (var(--rr-ink) …), so the colours in use are the ones checked.
 * @module lib/theme/css
 */
import { MARK_PALETTES, PALETTES, type MarkPalette, type Palette } from './palettes';

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The declarations of one palette: --rr-ink, --hl-yellow, --hl-yellow-edge, --rr-tone-classic-1 … */
export function paletteDeclarations(p: Palette): string {
  const out: string[] = [];
  for (const [key, value] of Object.entries(p)) if (typeof value === 'string') out.push(`--rr-${kebab(key)}: ${value};`);
  for (const [color, { fill, edge }] of Object.entries(p.highlights)) out.push(`--hl-${color}: ${fill};`, `--hl-${color}-edge: ${edge};`);
  for (const [scheme, tones] of Object.entries(p.tones)) tones.forEach((t, i) => out.push(`--rr-tone-${scheme}-${i + 1}: ${t};`));
  return out.join(' ');
}

/** The UI's type for Chinese: the system's Chinese sans-serif faces (full-width “ ” and ’ as Chinese sets them). */
export const FONT_ZH = '"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", system-ui, sans-serif';
/** The UI's type in English: Latin faces first (a CJK face draws ’ and “ full-width: "People’ s"), the Chinese ones for Chinese words. */
export const FONT_EN = '-apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

/**
 * The font variables under `scope`: --rr-font is the UI's type for the language of the
 * scope (its `lang`), --rr-font-zh the type of Chinese text inside it (marked lang="zh…").
 */
export function fontStylesheet(scope: string): string {
  return [
    `${scope} { --rr-font-zh: ${FONT_ZH}; --rr-font-en: ${FONT_EN}; --rr-font: var(--rr-font-zh); }`,
    `${scope}:lang(en) { --rr-font: var(--rr-font-en); }`,
    `${scope} [lang|="zh"] { font-family: var(--rr-font-zh); }`,
  ].join('\n');
}

/**
 * A stylesheet defining the variables under `scope` (':root' in an extension page, a
 * wrapper class in the page's shadow root) for `data-theme` = light, dark, sepia or
 * system; `color-scheme` follows, so form controls and scrollbars match.
 */
export function themeStylesheet(scope: string): string {
  const at = (theme: string) => `${scope}[data-theme="${theme}"]`;
  const block = (selector: string, p: Palette, scheme: 'light' | 'dark') => `${selector} { color-scheme: ${scheme}; ${paletteDeclarations(p)} }`;
  return [
    block(`${scope}, ${at('light')}, ${at('system')}`, PALETTES.light, 'light'),
    block(at('dark'), PALETTES.dark, 'dark'),
    block(at('sepia'), PALETTES.sepia, 'light'),
    `@media (prefers-color-scheme: dark) { ${block(at('system'), PALETTES.dark, 'dark')} }`,
    fontStylesheet(scope),
  ].join('\n');
}

/** The tone colour classes: `.tones-classic .tone-2` reads --rr-tone-classic-2. */
export function toneClasses(): string {
  return Object.keys(PALETTES.light.tones)
    .flatMap((scheme) => [1, 2, 3, 4, 5].map((n) => `.tones-${scheme} .tone-${n} { color: var(--rr-tone-${scheme}-${n}); }`))
    .join('\n');
}

/** Colours of the marks in the article for a light or a dark page. */
export function markColors(kind: 'light' | 'dark'): MarkPalette {
  return MARK_PALETTES[kind];
}
