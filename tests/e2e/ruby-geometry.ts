/**
 * The geometry of ruby mode as drawn by Chromium, measured in the page: where every
 * syllable (<rt>) and every character of the article lies on screen.
 */
import type { Page } from 'playwright-core';

export interface RubyGeometry {
  /** Syllables drawn. */
  syllables: number;
  /** Syllables whose box overlaps a character of the article (of any line), with the character. */
  overCharacters: string[];
  /** Pairs of syllables whose boxes overlap each other. */
  overSyllables: string[];
  /**
   * Gaps between two neighbouring characters of one word on one line, in em of their text:
   * as drawn (`gapEm`), and the part ruby added (`addedEm`, its margin). In a justified line the
   * drawn gap also holds the line's own justification, which is the page's.
   */
  inWordGaps: { pair: string; gapEm: number; addedEm: number; justified: boolean; fits: boolean }[];
}

/**
 * Measure ruby in the article body `selector`. `fits` says whether the two syllables of a pair
 * fit over their characters without moving them: half of each syllable plus a quarter of the
 * syllable size (lib/format/ruby-spacing's gap inside a word) within the characters' advances.
 * Written as a string: the test runner's transpiler would wrap named helpers in a function
 * that does not exist in the page.
 */
export async function measureRuby(page: Page, selector: string): Promise<RubyGeometry> {
  return page.evaluate(`(() => {
    const body = document.querySelector(${JSON.stringify(selector)});
    const overlaps = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const chars = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (t.parentElement.closest('rt, script, style') || !t.data.trim()) continue;
      for (let i = 0; i < t.data.length; i++) {
        if (/\\s/.test(t.data[i])) continue;
        const r = document.createRange();
        r.setStart(t, i);
        r.setEnd(t, i + 1);
        const box = r.getBoundingClientRect();
        if (box.width && box.height) chars.push({ ch: t.data[i], box });
      }
    }
    const rubies = Array.from(body.querySelectorAll('ruby[data-rr-ruby]'));
    const rts = rubies.map((r) => ({ text: r.querySelector('rt').textContent, box: r.querySelector('rt').getBoundingClientRect() }));
    const overCharacters = [];
    for (const rt of rts) for (const c of chars) if (overlaps(rt.box, c.box)) overCharacters.push(rt.text + ' over ' + c.ch);
    const overSyllables = [];
    for (let i = 0; i < rts.length; i++) for (let j = i + 1; j < Math.min(rts.length, i + 40); j++) if (overlaps(rts[i].box, rts[j].box)) overSyllables.push(rts[i].text + '/' + rts[j].text);
    const inWordGaps = [];
    for (let i = 1; i < rubies.length; i++) {
      const a = rubies[i - 1], b = rubies[i];
      if (a.nextSibling !== b || a.dataset.rrWord !== b.dataset.rrWord) continue;
      const ra = document.createRange(); ra.selectNodeContents(a.firstChild);
      const rb = document.createRange(); rb.selectNodeContents(b.firstChild);
      const ba = ra.getBoundingClientRect(), bb = rb.getBoundingClientRect();
      if (Math.abs(ba.top - bb.top) > 1) continue;
      const font = parseFloat(getComputedStyle(a).fontSize);
      const size = parseFloat(getComputedStyle(a.querySelector('rt')).fontSize);
      const need = (rts[i - 1].box.width + rts[i].box.width) / 2 + 0.25 * size;
      const addedEm = parseFloat(a.style.marginInlineEnd) || 0;
      const justified = getComputedStyle(a.parentElement).textAlign === 'justify';
      inWordGaps.push({ pair: a.firstChild.data + b.firstChild.data, gapEm: (bb.left - ba.right) / font, addedEm, justified, fits: need <= (ba.width + bb.width) / 2 });
    }
    return { syllables: rts.length, overCharacters, overSyllables, inWordGaps };
  })()`);
}
