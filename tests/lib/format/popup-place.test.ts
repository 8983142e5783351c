import { describe, expect, it } from 'vitest';
import { placePopup } from '../../../lib/format/popup-place';

const view = { width: 1440, height: 900 };
const noPanel = { left: 0, right: 0 };
const rightPanel = { left: 0, right: 372 };

describe('placePopup', () => {
  it('should hang below a word with room under it, 8 px clear of the word', () => {
    const actual = placePopup({ word: { left: 200, top: 300, bottom: 320 }, view, band: noPanel, width: 320 });

    expect(actual).toEqual({ left: 200, top: 328, maxHeight: 900 - 320 - 8 - 4, above: false });
  });

  it('should go above a word near the bottom of the window, its bottom 8 px over the word', () => {
    const actual = placePopup({ word: { left: 200, top: 800, bottom: 820 }, view, band: noPanel, width: 320 });

    expect(actual).toEqual({ left: 200, bottom: 900 - 800 + 8, maxHeight: 800 - 8 - 4, above: true });
  });

  it('should never reach under the docked panel (a word at the right edge of the article)', () => {
    const actual = placePopup({ word: { left: 1000, top: 300, bottom: 320 }, view, band: rightPanel, width: 320 });

    expect(actual.left + 320).toBeLessThanOrEqual(1440 - 372 - 4);
  });

  it('should take the side the reader asks for (A key), even with more room on the other', () => {
    const actual = placePopup({ word: { left: 200, top: 300, bottom: 320 }, view, band: noPanel, width: 320, prefer: 'above' });

    expect(actual.above).toBe(true);
    expect(actual.maxHeight).toBe(300 - 8 - 4);
  });

  it('should never cover its word, whatever its height (it scrolls inside its room)', () => {
    for (const top of [10, 200, 450, 700, 870]) {
      const word = { left: 300, top, bottom: top + 20 };

      const p = placePopup({ word, view, band: noPanel, width: 320 });

      const popupTop = p.above ? view.height - p.bottom! - p.maxHeight : p.top!;
      const popupBottom = p.above ? view.height - p.bottom! : p.top! + p.maxHeight;
      expect(popupBottom <= word.top || popupTop >= word.bottom).toBe(true);
    }
  });
});
