import type { PinyinStyle } from '../../lib/settings';
import { formatPinyin, nameParts, toneOf } from '../../lib/format/tones';

type SyllablesProps = {
  /** Space-separated syllables with tone marks. */
  pinyin: string;
  style: PinyinStyle;
  /** Colour each syllable by its tone (an ancestor's `tones-<scheme>` class picks the colours). */
  toneColors: boolean;
  class?: string;
  /** A person's name: written as the orthography writes names (Xí Jìnpíng), not syllable by syllable. */
  name?: boolean;
};

/** A reading in the reader's pinyin style, each syllable in its tone colour when they want them. */
export function Syllables({ pinyin, style, toneColors, class: cls, name = false }: SyllablesProps) {
  // Each group is written as one word; a plain reading has a group per syllable.
  const groups = name ? nameParts(pinyin) : pinyin.split(' ').map((s) => [s]);
  return (
    <span class={cls} data-rr-pinyin="" lang="zh-Latn-pinyin">
      {groups.map((group, g) => group.map((s, i) => (
        <span key={`${g}-${i}`} class={toneColors ? `tone tone-${toneOf(s)}` : 'tone'}>{formatPinyin(s, style)}{i === group.length - 1 && g < groups.length - 1 ? ' ' : ''}</span>
      )))}
    </span>
  );
}
