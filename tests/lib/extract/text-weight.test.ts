import { describe, expect, it } from 'vitest';
import { textWeight } from '../../../lib/extract/containers';

/** The definition textWeight had as two regular expressions (before it became one pass): the reference. */
function regexWeight(text: string): number {
  const syllabic = /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af\ua000-\ua4cf]/g;
  return (text.match(syllabic)?.length ?? 0) + (text.replace(syllabic, ' ').match(/[\p{L}\p{M}]{2,}/gu)?.length ?? 0) * 2;
}

describe('textWeight', () => {
  it.each([
    ['Han characters count one each', '河南省粮食产量连续7年稳定', 12],
    ['a Latin word counts two, a single letter nothing', 'GDP增长5.2% a', 2 + 2],
    ["English prose: two per word (the s of People's is a single letter)", "People's Daily Online", 6],
    ['kana and Hangul are syllabic', 'にほんご 한국어', 7],
    ['Tibetan syllables (letters with vowel marks) are words', 'བོད་ཡིག', 4],
    ['Arabic words', 'صحيفة الشعب اليومية', 6],
    ['Cyrillic words', 'Жэньминь жибао', 4],
    ['a Han character of Extension B is a letter pair with the next', '𠀀𠀁', 2],
    ['a lone surrogate is no letter', '\ud800a', 0],
    ['full-width spaces and punctuation are nothing', '　　，。！', 0],
    ['empty', '', 0],
  ])('%s', (_name, text, expected) => {
    expect(textWeight(text)).toBe(expected);
  });

  it('gives what the regular-expression definition gives on mixed texts', () => {
    const samples = [
      '新华社北京5月9日电（记者王昊男）2024年全球贸易投资促进峰会将于5月13日在京举办。',
      'Xi Jinping met Bolivian President Luis Arce in Beijing; 习近平会见玻利维亚总统阿尔塞。',
      'Ça va? Æsir, ﬁne, naïve — e\u0301cole 𝒜𝒷𝒸 ðe 😀 ١٢٣ ‐ ﹏',
      'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ ꀀꀁ ㄱㄴ ᄀᄁ ｱｲｳ ＡＢＣ',
    ];
    for (const s of [...samples, samples.join('\n'), samples.join('').repeat(50)]) expect(textWeight(s)).toBe(regexWeight(s));
  });
});
