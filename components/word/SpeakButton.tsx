import type { VoiceAvailability } from '../../lib/speech/voices';
import { useT } from '../i18n';

type SpeakButtonProps = {
  /** data-action of the button (speak-word in the popup, speak-selection in the toolbar). */
  action: string;
  availability: VoiceAvailability;
  onSpeak: () => void;
};

/** Read aloud; with no Chinese voice in the browser it says so on the button itself, never failing silently. */
export function SpeakButton({ action, availability, onSpeak }: SpeakButtonProps) {
  const t = useT();
  if (availability === 'none') {
    return (
      <button type="button" class="speak" data-action={action} data-rr-speech="none" aria-disabled="true" title={t('speech.noneHelp')}>
        {t('speech.none')}
      </button>
    );
  }
  return (
    <button type="button" class="speak" data-action={action} data-rr-speech={availability} aria-disabled={availability === 'checking'} title={t('speech.title')} onClick={() => availability === 'available' && onSpeak()}>
      {t('speech.speak')}
    </button>
  );
}
