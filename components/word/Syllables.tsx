import type { PinyinStyle } from '../../lib/settings';
import { formatPinyin, toneOf } from '../../lib/format/tones';

type SyllablesProps = {
  /** Space-separated syllables with tone marks. */
  pinyin: string;
  style: PinyinStyle;
  /** Colour each syllable by its tone (an ancestor's `tones-<scheme>` class picks the colours). */
  toneColors: boolean;
  class?: string;
};

/** A reading in the reader's pinyin style, each syllable in its tone colour when they want them. */
export function Syllables({ pinyin, style, toneColors, class: cls }: SyllablesProps) {
  const syllables = pinyin.split(' ');
  return (
    <span class={cls} data-rr-pinyin="" lang="zh-Latn-pinyin">
      {syllables.map((s, i) => (
        <span key={i} class={toneColors ? `tone tone-${toneOf(s)}` : 'tone'}>{formatPinyin(s, style)}{i < syllables.length - 1 ? ' ' : ''}</span>
      ))}
    </span>
  );
}
