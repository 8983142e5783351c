import type { Definition } from '../lib/text/definitions';
import { toneOf } from '../lib/format/tones';

type HoverPopupProps = {
  word: string;
  pinyin: string;
  definitions: Definition[];
  /** Viewport position: left edge and the top of the popup. */
  x: number;
  y: number;
  toneColors: boolean;
  /** The reader's own reading for this word is in use. */
  corrected: boolean;
  /** Readings to choose from, once asked for; null before. */
  alternatives: string[] | null;
  onAskAlternatives: () => void;
  onCorrect: (pinyin: string | null) => void;
};

/** The word under the pointer: its pinyin (in context) and English definitions. Shown without delay. */
export function HoverPopup(props: HoverPopupProps) {
  const { word, pinyin, definitions, x, y, toneColors, corrected, alternatives } = props;
  const syllables = pinyin.split(' ');
  return (
    <div class="popup" data-rr-popup="" role="tooltip" style={{ left: `${x}px`, top: `${y}px` }}>
      <div class="popup-head">
        <span class="popup-word" lang="zh-CN">{word}</span>
        <span class="popup-pinyin" data-rr-pinyin="">
          {syllables.map((s, i) => (
            <span key={i} class={toneColors ? `tone tone-${toneOf(s)}` : 'tone'}>{s}{i < syllables.length - 1 ? ' ' : ''}</span>
          ))}
        </span>
        {corrected ? <span class="popup-badge" title="你修改过的读音 your reading">✎</span> : null}
      </div>
      {definitions.length ? (
        <ol class="popup-defs">
          {definitions.slice(0, 3).map((d, i) => (
            <li key={i}>
              {definitions.length > 1 ? <span class="popup-def-pinyin">{d.pinyin}</span> : null}
              {d.defs.slice(0, 4).join('; ')}
            </li>
          ))}
        </ol>
      ) : (
        <p class="popup-none">词典中没有这个词 Not in the dictionary</p>
      )}
      <div class="popup-actions">
        {alternatives === null ? (
          <button type="button" data-action="correct-reading" onClick={props.onAskAlternatives}>改读音 Correct reading</button>
        ) : (
          <span class="popup-alts">
            {alternatives.map((a) => (
              <button type="button" key={a} data-action="choose-reading" aria-pressed={a === pinyin} onClick={() => props.onCorrect(a)}>{a}</button>
            ))}
            {corrected ? <button type="button" data-action="reset-reading" onClick={() => props.onCorrect(null)}>还原 Reset</button> : null}
          </span>
        )}
      </div>
    </div>
  );
}
