import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { HighlightColor } from '../lib/store/types';
import type { VoiceAvailability } from '../lib/speech/voices';
import { SpeakButton } from './word/SpeakButton';
import { ColorChoices } from './ColorChoices';
import { useT } from './i18n';

type SelectionToolbarProps = {
  /** Viewport position of the selection's top centre. */
  x: number;
  y: number;
  /** The horizontal band the bar may use (the docked panel is outside it). */
  minLeft?: number;
  maxRight?: number;
  /** Whether the selection can be read aloud (a Chinese voice in the browser). */
  speech: VoiceAvailability;
  onHighlight: (color?: HighlightColor) => void;
  onNote: () => void;
  onSpeak: () => void;
};

const MARGIN = 8;

/** The small bar above a selection in the article: highlight, pick a colour, add a note, read it aloud. Kept inside the window. */
export function SelectionToolbar({ x, y, minLeft, maxRight, speech, onHighlight, onNote, onSpeak }: SelectionToolbarProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [left, setLeft] = useState(x);
  useLayoutEffect(() => {
    // Centred over the selection, but never past the window's edges or under the panel.
    const width = ref.current?.offsetWidth ?? 0;
    const right = Math.min(maxRight ?? window.innerWidth, window.innerWidth) - MARGIN;
    setLeft(Math.max((minLeft ?? 0) + MARGIN, Math.min(x - width / 2, right - width)));
  }, [x, minLeft, maxRight, speech]);
  return (
    <div ref={ref} class="toolbar" role="toolbar" aria-label={t('toolbar.label')} style={{ left: `${left}px`, top: `${y}px` }} onMouseDown={(e) => e.preventDefault()}>
      <button type="button" class="toolbar-main" data-action="highlight" onClick={() => onHighlight()}>
        {t('toolbar.highlight')}
      </button>
      <ColorChoices action="highlight-color" onChoose={(c) => onHighlight(c)} />
      <button type="button" data-action="highlight-note" onClick={onNote}>
        {t('toolbar.note')}
      </button>
      <SpeakButton action="speak-selection" availability={speech} onSpeak={onSpeak} />
    </div>
  );
}
