/**
 * Read aloud with the browser's speechSynthesis and a Chinese voice (chosen by
 * lib/speech/voices). Whether it can is decided from getVoices() as the
 * browser lists them (its voiceschanged event, or a short wait when the list
 * never comes) and kept in the page state, so the controls can say "no Chinese
 * voice" instead of failing silently.
 * @module lib/ext/page/speech
 */
import { pickChineseVoice, voiceAvailability, type VoiceAvailability } from '../../speech/voices';

export interface Speech {
  /** Read `text` aloud (stopping what is being read); false when there is no Chinese voice. */
  speak(text: string): boolean;
}

/**
 * How long to wait for the browser's voice list before taking an empty one as final. Why 1.5 s:
 * Chromium lists its voices within a few hundred ms of the first getVoices() when it has any,
 * and fires no event at all when it has none.
 */
const LIST_WAIT_MS = 1500;

/** Speech in `win`; `onChange` gets the availability now and whenever it changes. */
export function createSpeech(win: Window & typeof globalThis, onChange: (availability: VoiceAvailability) => void): Speech {
  const synth = win.speechSynthesis as SpeechSynthesis | undefined;
  if (!synth || typeof win.SpeechSynthesisUtterance !== 'function') {
    onChange('none');
    return { speak: () => false };
  }
  let listed = false;
  const update = () => onChange(voiceAvailability(synth.getVoices(), listed));
  synth.addEventListener('voiceschanged', () => {
    listed = true;
    update();
  });
  win.setTimeout(() => {
    listed = true;
    update();
  }, LIST_WAIT_MS);
  update();
  return {
    speak(text) {
      const voice = pickChineseVoice(synth.getVoices());
      if (!voice || !text.trim()) return false;
      synth.cancel();
      const utterance = new win.SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      // A learner's pace: a little under the voice's normal rate.
      utterance.rate = 0.9;
      synth.speak(utterance);
      return true;
    },
  };
}
