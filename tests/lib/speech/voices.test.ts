import { describe, expect, it } from 'vitest';
import { pickChineseVoice, voiceAvailability, type VoiceInfo } from '../../../lib/speech/voices';

/** Voices as browsers list them (names and tags as Chrome on Windows and macOS, Edge and espeak-ng give them). */
const WINDOWS: VoiceInfo[] = [
  { name: 'Microsoft David - English (United States)', lang: 'en-US', localService: true, default: true },
  { name: 'Microsoft Huihui - Chinese (Simplified, PRC)', lang: 'zh-CN', localService: true },
  { name: 'Google 普通话（中国大陆）', lang: 'zh-CN', localService: false },
];
const MAC: VoiceInfo[] = [
  { name: 'Samantha', lang: 'en-US', localService: true, default: true },
  { name: 'Sinji', lang: 'zh-HK', localService: true },
  { name: 'Meijia', lang: 'zh-TW', localService: true },
  { name: 'Tingting', lang: 'zh-CN', localService: true },
];
const ESPEAK: VoiceInfo[] = [
  { name: 'English (America)', lang: 'en-US', localService: true },
  { name: 'Chinese (Mandarin)', lang: 'cmn', localService: true },
  { name: 'Chinese (Cantonese)', lang: 'yue', localService: true },
];
const ENGLISH_ONLY: VoiceInfo[] = [{ name: 'Samantha', lang: 'en-US', localService: true, default: true }];

describe('pickChineseVoice', () => {
  it.each([
    ['the zh-CN voice on this machine (Windows)', WINDOWS, 'Microsoft Huihui - Chinese (Simplified, PRC)'],
    ['none from a network voice alone: it would send the text away (Chrome\'s Google voice)', WINDOWS.filter((v) => v.name.startsWith('Google')), null],
    ['the mainland voice before Taiwan\'s and never Cantonese (macOS)', MAC, 'Tingting'],
    ['Mandarin of no region, never Cantonese (espeak-ng)', ESPEAK, 'Chinese (Mandarin)'],
    ['Taiwan\'s Mandarin when it is the only Mandarin', MAC.filter((v) => v.name !== 'Tingting'), 'Meijia'],
    ['none from English voices', ENGLISH_ONLY, null],
    ['none from Cantonese alone', MAC.filter((v) => v.lang === 'zh-HK'), null],
    ['none from no voices', [], null],
  ])('should choose %s', (_, voices, expected) => {
    expect(pickChineseVoice(voices)?.name ?? null).toBe(expected);
  });

  it('should read tags however a browser spells them (zh_CN, ZH-cn, cmn-Hans-CN)', () => {
    for (const lang of ['zh_CN', 'ZH-cn', 'cmn-Hans-CN', 'zh-Hans']) {
      expect(pickChineseVoice([{ name: 'x', lang, localService: true }])?.name).toBe('x');
    }
  });
});

describe('voiceAvailability', () => {
  it.each([
    ['available with a Chinese voice', WINDOWS, false, 'available'],
    ['none when the browser lists only English voices', ENGLISH_ONLY, false, 'none'],
    ['still checking while the list is empty and the browser may yet fill it', [], false, 'checking'],
    ['none once the browser has listed no voice at all', [], true, 'none'],
  ] as const)('should say %s', (_, voices, listed, expected) => {
    expect(voiceAvailability(voices, listed)).toBe(expected);
  });
});
