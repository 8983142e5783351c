/**
 * Is the article drawn on a dark or a light background? Read from the page as it
 * is painted (the first opaque background from the article up to the root), so a
 * page darkened by the browser or another extension gets marks made for a dark page.
 * @module lib/ext/page/page-tone
 */
import { toneOfBackground } from '../../theme/tone';

/** 'dark' or 'light' for the background behind `root` (light when nothing opaque is set: the canvas is white). */
export function pageTone(root: Element | null, win: Window): 'light' | 'dark' {
  for (let el: Element | null = root; el; el = el.parentElement) {
    const tone = toneOfBackground(win.getComputedStyle(el).backgroundColor);
    if (tone) return tone;
  }
  // No element paints a background: the canvas follows the page's color-scheme.
  return win.getComputedStyle(win.document.documentElement).colorScheme.includes('dark') && win.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
