/**
 * Light or dark, from a background colour as getComputedStyle gives it.
 * @module lib/theme/tone
 */
import { contrastRatio, parseColor } from './contrast';

/**
 * 'dark' when white text would stand out more on `css` than black text does, else 'light';
 * null for a colour that does not paint (mostly transparent) or that cannot be read.
 */
export function toneOfBackground(css: string): 'light' | 'dark' | null {
  let c;
  try {
    c = parseColor(css);
  } catch {
    return null;
  }
  if (c.a < 0.5) return null;
  const opaque = { ...c, a: 1 };
  return contrastRatio('#ffffff', opaque) > contrastRatio('#000000', opaque) ? 'dark' : 'light';
}
