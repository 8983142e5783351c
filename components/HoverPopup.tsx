import { useEffect, useRef } from 'preact/hooks';
import { quotesDictionary, writtenTraditional, type SegmentDescription } from '../lib/text/describe-segment';
import type { PinyinStyle, ToneScheme } from '../lib/settings';
import type { PopupPlace } from '../lib/format/popup-place';
import type { VoiceAvailability } from '../lib/speech/voices';
import { formatPinyin } from '../lib/format/tones';
import { Syllables } from './word/Syllables';
import { WordEntries } from './word/WordEntries';
import { WordFacts } from './word/WordFacts';
import { SpeakButton } from './word/SpeakButton';
import { useT } from './i18n';

type HoverPopupProps = {
  word: string;
  /** The reading in context ('' for a figure written in digits). */
  pinyin: string;
  description: SegmentDescription;
  place: PopupPlace;
  toneColors: boolean;
  toneScheme: ToneScheme;
  pinyinStyle: PinyinStyle;
  /** The reader's own reading for this word is in use. */
  corrected: boolean;
  /** Readings to choose from, once asked for; null before. */
  alternatives: string[] | null;
  /** Opened from the keyboard: take the focus, offer a close button, give the focus back on close. */
  pinned: boolean;
  /** The word is in the reader's word list. */
  saved: boolean;
  /** The word list can be written (not read-only data of a newer version). */
  canSave: boolean;
  speech: VoiceAvailability;
  onAskAlternatives: () => void;
  onCorrect: (pinyin: string | null) => void;
  onToggleSaved: () => void;
  onSpeak: () => void;
  onClose: () => void;
};

/** The word under the pointer (or at the caret): its pinyin in context, every sense and measure word,
 * what it is when the dictionary lacks it (a date, a figure, a name, its parts), and the word list and
 * read-aloud controls. A non-modal dialog, not a tooltip: it holds buttons a reader can reach. */
export function HoverPopup(props: HoverPopupProps) {
  const { word, pinyin, description: d, place, toneColors, toneScheme, pinyinStyle, corrected, alternatives, pinned } = props;
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (pinned) ref.current?.querySelector<HTMLElement>('button:not([aria-disabled="true"])')?.focus();
  }, [pinned, word]);
  const defined = quotesDictionary(d);
  const position = place.above ? { bottom: `${place.bottom}px` } : { top: `${place.top}px` };
  return (
    <div
      ref={ref}
      class={`popup tones-${toneScheme}`}
      data-rr-popup=""
      data-rr-side={place.above ? 'above' : 'below'}
      role="dialog"
      aria-label={t('popup.label', { word })}
      style={{ left: `${place.left}px`, maxHeight: `${place.maxHeight}px`, ...position }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <div class="popup-head">
        <span class="popup-word" lang="zh-CN">{word}</span>
        {pinyin ? <Syllables class="popup-pinyin" pinyin={pinyin} style={pinyinStyle} toneColors={toneColors} name={!!d.person} /> : null}
        {corrected ? <span class="popup-badge" role="img" aria-label={t('popup.corrected')} title={t('popup.corrected')}>✎</span> : null}
        {pinned ? <button type="button" class="popup-close" data-action="close-popup" aria-label={t('action.close')} onClick={props.onClose}>×</button> : null}
      </div>
      <WordFacts description={d} style={pinyinStyle} toneColors={toneColors} />
      {d.entries.length ? <WordEntries entries={d.entries} reading={pinyin} style={pinyinStyle} toneColors={toneColors} traditional={writtenTraditional(d, word)} /> : null}
      {d.empty ? <p class="popup-none">{t('popup.none')}</p> : null}
      {defined ? <p class="popup-source" data-rr-attribution="">{t('dict.attribution')}</p> : null}
      <div class="popup-actions">
        {props.canSave ? (
          <button type="button" data-action="save-word" aria-pressed={props.saved} onClick={props.onToggleSaved}>
            {t(props.saved ? 'popup.saved' : 'popup.save')}
          </button>
        ) : null}
        <SpeakButton action="speak-word" availability={props.speech} onSpeak={props.onSpeak} />
        {pinyin && alternatives === null ? (
          <button type="button" data-action="correct-reading" onClick={props.onAskAlternatives}>{t('popup.correct')}</button>
        ) : null}
        {pinyin && alternatives !== null ? (
          <span class="popup-alts" role="group" aria-label={t('popup.readings')}>
            {alternatives.map((a) => (
              <button type="button" key={a} data-action="choose-reading" aria-pressed={a === pinyin} lang="zh-Latn-pinyin" onClick={() => props.onCorrect(a)}>{formatPinyin(a, pinyinStyle)}</button>
            ))}
            {corrected ? <button type="button" data-action="reset-reading" onClick={() => props.onCorrect(null)}>{t('popup.reset')}</button> : null}
          </span>
        ) : null}
      </div>
      {pinned ? <p class="popup-keys">{t('popup.keys')}</p> : null}
    </div>
  );
}
