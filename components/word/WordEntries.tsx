import type { Definition } from '../../lib/text/definitions';
import type { PinyinStyle } from '../../lib/settings';
import { Syllables } from './Syllables';
import { useT } from '../i18n';

type WordEntriesProps = {
  entries: Definition[];
  /** The reading in context: an entry of another reading (or a surname's capitalised one) shows its own. */
  reading: string;
  style: PinyinStyle;
  toneColors: boolean;
  /** The page writes the word in traditional characters: measure words too (糧食 → 種, not 种). */
  traditional?: boolean;
};

/** Every CC-CEDICT entry of a word with every sense, in the order describeSegment ranked them, and the measure words. */
export function WordEntries({ entries, reading, style, toneColors, traditional = false }: WordEntriesProps) {
  const t = useT();
  return (
    <ol class="popup-defs" lang="en">
      {entries.map((d, i) => (
        <li key={i} data-rr-entry="">
          {entries.length > 1 || d.pinyin !== reading ? <Syllables class="popup-def-pinyin" pinyin={d.pinyin} style={style} toneColors={toneColors} /> : null}
          <span class="popup-senses">{d.defs.join('; ')}</span>
          {d.measureWords?.length ? (
            <span class="popup-measure" data-rr-measure="">
              {t('popup.measure')}{' '}
              {d.measureWords.map((m, k) => (
                <span key={k}>
                  {k ? ', ' : ''}{traditional ? <span lang="zh-TW">{m.traditional}</span> : <span lang="zh-CN">{m.simplified}</span>} <Syllables pinyin={m.pinyin} style={style} toneColors={toneColors} />
                </span>
              ))}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
