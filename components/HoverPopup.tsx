import { useEffect, useRef } from 'preact/hooks';
import type { Definition } from '../lib/text/definitions';
import type { PinyinStyle, ToneScheme } from '../lib/settings';
import { formatPinyin, toneOf } from '../lib/format/tones';
import { useT } from './i18n';

type HoverPopupProps = {
  word: string;
  pinyin: string;
  definitions: Definition[];
  /** Viewport position: left edge and the top of the popup. */
  x: number;
  y: number;
  toneColors: boolean;
  toneScheme: ToneScheme;
  pinyinStyle: PinyinStyle;
  /** The reader's own reading for this word is in use. */
  corrected: boolean;
  /** Readings to choose from, once asked for; null before. */
  alternatives: string[] | null;
  /** Opened from the keyboard: take the focus, offer a close button, give the focus back on close. */
  pinned: boolean;
  onAskAlternatives: () => void;
  onCorrect: (pinyin: string | null) => void;
  onClose: () => void;
};

/** The word under the pointer (or at the caret): its pinyin in context and English definitions.
 * A non-modal dialog, not a tooltip: it holds buttons a reader can reach. */
export function HoverPopup(props: HoverPopupProps) {
  const { word, pinyin, definitions, x, y, toneColors, toneScheme, pinyinStyle, corrected, alternatives, pinned } = props;
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (pinned) ref.current?.querySelector<HTMLElement>('button')?.focus();
  }, [pinned, word]);
  const syllables = pinyin.split(' ');
  return (
    <div
      ref={ref}
      class={`popup tones-${toneScheme}`}
      data-rr-popup=""
      role="dialog"
      aria-label={t('popup.label', { word })}
      style={{ left: `${x}px`, top: `${y}px` }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <div class="popup-head">
        <span class="popup-word" lang="zh-CN">{word}</span>
        <span class="popup-pinyin" data-rr-pinyin="" lang="zh-Latn-pinyin">
          {syllables.map((s, i) => (
            <span key={i} class={toneColors ? `tone tone-${toneOf(s)}` : 'tone'}>{formatPinyin(s, pinyinStyle)}{i < syllables.length - 1 ? ' ' : ''}</span>
          ))}
        </span>
        {corrected ? <span class="popup-badge" role="img" aria-label={t('popup.corrected')} title={t('popup.corrected')}>✎</span> : null}
        {pinned ? <button type="button" class="popup-close" data-action="close-popup" aria-label={t('action.close')} onClick={props.onClose}>×</button> : null}
      </div>
      {definitions.length ? (
        <>
          <ol class="popup-defs" lang="en">
            {definitions.slice(0, 3).map((d, i) => (
              <li key={i}>
                {definitions.length > 1 ? <span class="popup-def-pinyin" lang="zh-Latn-pinyin">{formatPinyin(d.pinyin, pinyinStyle)}</span> : null}
                {d.defs.slice(0, 4).join('; ')}
              </li>
            ))}
          </ol>
          <p class="popup-source" data-rr-attribution="">{t('dict.attribution')}</p>
        </>
      ) : (
        <p class="popup-none">{t('popup.none')}</p>
      )}
      <div class="popup-actions">
        {alternatives === null ? (
          <button type="button" data-action="correct-reading" onClick={props.onAskAlternatives}>{t('popup.correct')}</button>
        ) : (
          <span class="popup-alts" role="group" aria-label={t('popup.readings')}>
            {alternatives.map((a) => (
              <button type="button" key={a} data-action="choose-reading" aria-pressed={a === pinyin} lang="zh-Latn-pinyin" onClick={() => props.onCorrect(a)}>{formatPinyin(a, pinyinStyle)}</button>
            ))}
            {corrected ? <button type="button" data-action="reset-reading" onClick={() => props.onCorrect(null)}>{t('popup.reset')}</button> : null}
          </span>
        )}
      </div>
    </div>
  );
}
