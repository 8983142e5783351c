import { describe, expect, it } from 'vitest';
import { chooseLocale, common, createTranslator, library, panel } from '../../../lib/i18n';

describe('chooseLocale', () => {
  it.each([
    ['auto', ['zh-CN', 'en-US'], 'zh-CN'],
    ['auto', ['zh-TW'], 'zh-CN'],
    ['auto', ['zh-Hant-HK', 'en'], 'zh-CN'],
    ['auto', ['en-GB', 'zh-CN'], 'en'],
    ['auto', ['de-DE', 'zh-CN'], 'zh-CN'],
    ['auto', ['fr-FR', 'de'], 'en'],
    ['auto', [], 'en'],
    ['en', ['zh-CN'], 'en'],
    ['zh-CN', ['en-US'], 'zh-CN'],
  ] as const)('setting %s with browser languages %j → %s', (setting, languages, expected) => {
    expect(chooseLocale(setting, languages)).toBe(expected);
  });
});

describe('createTranslator', () => {
  it('fills placeholders in either language', () => {
    expect(createTranslator('en', panel)('panel.editor', { name: '王伟' })).toBe('Editor: 王伟');
    expect(createTranslator('zh-CN', panel)('panel.editor', { name: '王伟' })).toBe('责任编辑：王伟');
  });

  it('picks the English plural by count; Chinese has one form', () => {
    const en = createTranslator('en', library);
    const zh = createTranslator('zh-CN', library);

    expect(en.plural('library.count', 1)).toBe('1 highlight');
    expect(en.plural('library.count', 0)).toBe('0 highlights');
    expect(en.plural('library.count', 12)).toBe('12 highlights');
    expect(zh.plural('library.count', 1)).toBe('1 条标注');
    expect(zh.plural('library.count', 12)).toBe('12 条标注');
  });

  it('merges sections and keeps the locale it was made for', () => {
    const t = createTranslator('zh-CN', common, panel);

    expect(t('app.name')).toBe('人民阅读');
    expect(t('section.glossary')).toBe('词汇');
    expect(t.locale).toBe('zh-CN');
  });

  it('leaves an unknown placeholder visible rather than failing', () => {
    expect(createTranslator('en', panel)('panel.editor')).toBe('Editor: {name}');
  });
});
