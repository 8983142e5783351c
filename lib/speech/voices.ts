/**
 * Choosing a voice to read Chinese aloud, from what speechSynthesis.getVoices()
 * lists, and whether the read-aloud control can work. Pure: the voice list comes
 * in as data, so the decision is tested with lists of both kinds.
 * @module lib/speech/voices
 */

/** The fields of a SpeechSynthesisVoice the choice reads. */
export interface VoiceInfo { name: string; lang: string; localService: boolean; default?: boolean }

/** Whether reading aloud works: a voice was found; none after the browser listed its voices; still listing. */
export type VoiceAvailability = 'available' | 'none' | 'checking';

/** A BCP 47 tag as browsers spell it (zh_CN, ZH-cn) in one form: zh-cn. */
const norm = (lang: string) => lang.replace(/_/g, '-').toLowerCase();

/**
 * How well a voice reads the putonghua of People's Daily, lower is better; null for a voice that
 * is not used. Why Cantonese (yue, zh-HK) is left out: it reads the characters in another
 * language. Why network voices are (localService false, such as Chrome's Google voices): they send
 * the text to their provider, and the article's text never leaves the browser (PRIVACY.md).
 * Mainland voices (zh-CN, cmn-CN, zh-Hans) come first, then Chinese of no region, then Taiwan's.
 */
function rank(v: VoiceInfo): number | null {
  if (!v.localService) return null;
  const lang = norm(v.lang);
  if (/^(?:zh|cmn)(?:-hans)?-cn$/.test(lang) || lang === 'zh-hans' || lang === 'cmn-hans') return 0;
  if (lang === 'zh' || lang === 'cmn') return 1;
  if (/^(?:zh|cmn)(?:-hant)?-tw$/.test(lang)) return 2;
  return null;
}

/** The best voice for Chinese text, or null when the list has none. */
export function pickChineseVoice<V extends VoiceInfo>(voices: readonly V[]): V | null {
  let best: V | null = null;
  let bestRank = Infinity;
  for (const v of voices) {
    const r = rank(v);
    if (r !== null && r < bestRank) {
      best = v;
      bestRank = r;
    }
  }
  return best;
}

/**
 * What the control shows. Browsers list voices late (Chromium's first getVoices() is often empty
 * until its voiceschanged event), so an empty list means "none" only once the browser has listed
 * (`listed`: voiceschanged came, or the wait for it is over).
 */
export function voiceAvailability(voices: readonly VoiceInfo[], listed: boolean): VoiceAvailability {
  if (pickChineseVoice(voices)) return 'available';
  return listed || voices.length > 0 ? 'none' : 'checking';
}
