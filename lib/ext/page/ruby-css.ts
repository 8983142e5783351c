/**
 * The page style of the ruby layer (part of the marks' page style, lib/ext/page/mark-layers).
 *
 * Why not the browser's own ruby layout: it widens every character to its syllable's width
 * (uneven gaps in the Chinese, syllables that run together: xiàngliángzhǒng), and its
 * annotations do not count in the line's height, so they overlap the line above. Here each
 * <ruby> is an inline-block holding its character, with room above it for the syllable:
 * an inline-block's height counts in its line, so a line grows only where the page's own
 * leading is too small for the pinyin; the syllable (<rt>) is placed in that room, centred
 * over the character, out of the flow, so the character keeps its own advance. Where two
 * syllables would touch, lib/ext/page/ruby adds the measured space after the character
 * (lib/format/ruby-spacing). Sizes are in em of the article's own text, so they follow it.
 *
 * The <ruby> is an inline box (nowrap), not an inline-block: Chromium lets a line break next
 * to an inline-block whatever stands beside it, so lines began with 、 and ，. The room above
 * the character comes from an empty zero-width inline-block (a strut) inside the <ruby>, before
 * the character; after it when an opening mark (“《（) precedes, so the line cannot end with it.
 * @module lib/ext/page/ruby-css
 */
import type { MarkPalette } from '../../theme/palettes';

/**
 * The syllables' size: 0.6 of the character, but never under 10 px. Why: 0.5 em (the browser's
 * default for <rt>) is 8 px over 16 px text, too small to read tone marks; at 0.6 em the
 * syllables of a word mostly fit over their characters, so the Chinese keeps its spacing.
 */
export const RUBY_SIZE = 'max(0.6em, 10px)';
/** The syllable's line height, in its own size (tone marks above, descenders of g, y, p below). */
const RUBY_LINE = 1.25;
/** Space between the bottom of the syllable and the top of its character, in the character's em. */
const RUBY_CLEARANCE = '0.12em';

/** How far a Han character reaches above the baseline, in em (0.88 in Noto Sans CJK and PingFang: the room for the pinyin starts there). */
const RUBY_ASCENT = '0.88em';

/** Pinyin set in the Latin of the reader's Chinese UI font (made to go with Han characters, and
 * covering ǎ ǐ ǒ ǔ ǚ), else a common sans-serif. */
const RUBY_FONTS = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif';

/** The ruby rules for a page of palette `m`: layout, and the tone colours `data-rr-tone` asks for. */
export function rubyCss(m: MarkPalette): string {
  const tones = Object.entries(m.tones)
    .flatMap(([scheme, colors]) => colors.map((c, i) => `ruby[data-rr-ruby] > rt[data-rr-tone="${scheme}-${i + 1}"] { color: ${c} !important; }`))
    .join('\n');
  return `
ruby[data-rr-ruby] { display: inline !important; white-space: nowrap !important; position: relative !important; vertical-align: baseline !important; text-indent: 0 !important; padding: calc(${RUBY_SIZE} * ${RUBY_LINE} + ${RUBY_CLEARANCE}) 0 0 !important; border: 0 !important; background: none !important; }
ruby[data-rr-ruby]::before, ruby[data-rr-ruby][data-rr-after-open]::after { content: '' !important; display: inline-block !important; width: 0 !important; height: calc(${RUBY_ASCENT} + ${RUBY_SIZE} * ${RUBY_LINE} + ${RUBY_CLEARANCE}) !important; vertical-align: baseline !important; }
ruby[data-rr-ruby][data-rr-after-open]::before { content: none !important; }
ruby[data-rr-ruby] > rt { display: block !important; position: absolute !important; top: 0 !important; left: 50% !important; transform: translateX(-50%) !important; margin: 0 !important; padding: 0 !important; font: normal ${RUBY_SIZE} / ${RUBY_LINE} ${RUBY_FONTS} !important; letter-spacing: 0 !important; text-indent: 0 !important; text-transform: none !important; white-space: nowrap !important; text-align: center !important; color: ${m.ruby} !important; user-select: none; -webkit-user-select: none; }
${tones}
`;
}
