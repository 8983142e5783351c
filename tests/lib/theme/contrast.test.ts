import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor } from '../../../lib/theme/contrast';
import { GRAPHIC, TEXT, paletteChecks, runContrastChecks } from '../../../lib/theme/checks';
import { PALETTES } from '../../../lib/theme/palettes';

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#777', '#fff', 4.48],
    ['rgb(0, 0, 0)', 'rgb(255, 255, 255)', 21],
    // 50 % black over white is sRGB 127.5: luminance 0.214, (1.05) / (0.264) = 3.98.
    ['rgba(0, 0, 0, 0.5)', '#ffffff', 3.98],
  ])('%s on %s = %s:1 (WCAG reference values)', (fg, bg, expected) => {
    expect(contrastRatio(fg, bg)).toBeCloseTo(expected, 2);
  });

  it.each([
    ['tone-2 orange as text', '#e07b00', '#ffffff', 3.0],
    ['the "off" switch dot', '#c8c3ba', '#ffffff', 1.75],
    ['control borders', '#e3e0da', '#ffffff', 1.32],
    ['the focus ring on red buttons', '#1a5fb4', '#b3261e', 1.04],
  ])('measures the failure reported before v2: %s at %s:1', (_, fg, bg, expected) => {
    expect(contrastRatio(fg, bg)).toBeCloseTo(expected, 2);
  });

  it('refuses a translucent background and a colour it cannot read', () => {
    expect(() => contrastRatio('#000', 'rgba(255, 255, 255, 0.5)')).toThrow(/opaque/);
    expect(() => parseColor('tomato')).toThrow(/not a colour/);
  });
});

describe('the palettes', () => {
  const results = runContrastChecks();

  it.each(results.map((r) => [r.name, r.ratio.toFixed(2), r.min, r] as const))('%s: %s:1 (needs %s:1)', (_, __, ___, r) => {
    expect(r.ratio).toBeGreaterThanOrEqual(r.min);
  });

  it('checks text at 4.5:1 and controls, switches and focus rings at 3:1 in every theme', () => {
    for (const theme of ['light', 'dark', 'sepia']) {
      const names = results.filter((r) => r.name.startsWith(`${theme}/`));
      expect(names.find((r) => r.name.endsWith('muted text on surface'))?.min).toBe(TEXT);
      expect(names.find((r) => r.name.endsWith('control edge on surface'))?.min).toBe(GRAPHIC);
      expect(names.find((r) => r.name.endsWith('switch off dot on surface'))?.min).toBe(GRAPHIC);
      expect(names.find((r) => r.name.endsWith('focus ring on surface'))?.min).toBe(GRAPHIC);
      expect(names.filter((r) => r.name.includes('tone ')).length).toBe(10);
    }
  });

  it('fails a palette with the colours used before v2', () => {
    const before = {
      ...PALETTES.light,
      control: '#e3e0da',
      switchOff: '#c8c3ba',
      tones: { ...PALETTES.light.tones, classic: ['#c62828', '#e07b00', '#2e7d32', '#1565c0', '#5f5f5f'] as [string, string, string, string, string] },
    };

    const failing = paletteChecks('light', before)
      .filter((c) => contrastRatio(c.fg, c.bg) < c.min)
      .map((c) => c.name);

    expect(failing).toEqual([
      'light/control edge on paper',
      'light/switch off dot on paper',
      'light/control edge on surface',
      'light/switch off dot on surface',
      'light/tone 2 (classic) text on surface',
    ]);
  });
});
