import { describe, expect, it } from 'vitest';
import { languageOf } from '../../../lib/extract/language';
import { hanScript } from '../../../lib/text/script';

/** languageOf as it was written with one regular expression per script (before the one-pass count): the reference. */
function regexLanguageOf(text: string, edition = 'zh'): string {
  const scripts: [string, RegExp][] = [
    ['han', /[\u3400-\u9fff\uf900-\ufaff]/g], ['kana', /[\u3040-\u30ff]/g], ['hangul', /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/g],
    ['latin', /[A-Za-z\u00c0-\u024f]/g], ['cyrillic', /[\u0400-\u04ff]/g], ['arabic', /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/g],
    ['tibetan', /[\u0f00-\u0fff]/g], ['mongolian', /[\u1800-\u18af]/g], ['yi', /[\ua000-\ua4cf]/g],
  ];
  const language: Record<string, string> = { han: 'zh', kana: 'ja', hangul: 'ko', latin: 'en', cyrillic: 'ru', arabic: 'ar', tibetan: 'bo', mongolian: 'mn', yi: 'ii' };
  const editionScript: Record<string, string> = { zh: 'han', ja: 'kana', en: 'latin', fr: 'latin', ru: 'cyrillic', ar: 'arabic', ug: 'arabic', bo: 'tibetan', mn: 'mongolian' };
  const counts = Object.fromEntries(scripts.map(([name, re]) => [name, text.match(re)?.length ?? 0]));
  const latinWords = text.match(/[A-Za-z\u00c0-\u024f]{2,}/g)?.length ?? 0;
  if (counts.kana >= 20 || (counts.kana > 0 && counts.kana >= counts.han / 10)) return 'ja';
  const weight: Record<string, number> = { ...counts, latin: latinWords * 2 };
  if (weight.han >= weight.latin / 2 || weight.han > 200) {
    if (weight.han >= Math.max(weight.hangul, weight.cyrillic, weight.arabic, weight.tibetan, weight.mongolian, weight.yi)) return 'zh';
  }
  let best = 'latin';
  for (const [name] of scripts) if (name !== 'han' && name !== 'kana' && weight[name] > weight[best]) best = name;
  if (weight[best] === 0) return weight.han > 0 ? 'zh' : edition;
  return editionScript[edition] === best ? edition : language[best];
}

describe('languageOf counts every script in one pass', () => {
  const samples = [
    '习近平会见玻利维亚总统阿尔塞。Xi Jinping met Luis Arce.',
    'Xi Jinping met Bolivian President Luis Arce in Beijing on Tuesday. 习近平',
    '日本語の記事です。人民網日本語版は中国のニュースを伝えます。',
    'Председатель КНР Си Цзиньпин встретился с президентом Боливии.',
    'رئيس الصين شي جين بينغ يلتقي رئيس بوليفيا',
    'བོད་ཡིག་གི་གསར་འགྱུར། ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ ꀀꀁꀂ',
    '한국어 기사입니다 人民网',
    'Le président chinois Xi Jinping a rencontré le président bolivien. Ça, à, é.',
    '1234 ，。！ —— 2024-05-10',
    '',
  ];
  it.each(samples.flatMap((s) => ['zh', 'en', 'fr', 'ru', 'ar', 'ug', 'bo', 'ja'].map((e) => [s, e])))('%s (edition %s)', (text, edition) => {
    expect(languageOf(text, edition)).toBe(regexLanguageOf(text, edition));
  });
});

describe('hanScript', () => {
  it.each([
    ['新華社北京5月9日電（記者王昊男）國務院新聞辦舉行發布會', 'hant'],
    ['新华社北京5月9日电（记者王昊男）国务院新闻办举行发布会', 'hans'],
    ['新华社北京5月9日电，台湾《聯合報》报道', 'hans'],
    ['Xi Jinping met Luis Arce', null],
    ['𠀀𠀁𠀂 國', null],
  ] as const)('%s → %s', (text, expected) => {
    expect(hanScript(text)).toBe(expected);
  });
});
