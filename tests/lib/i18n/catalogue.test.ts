import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { common, library, options, page, panel, popup } from '../../../lib/i18n';

const SECTIONS = { common, page, panel, library, options, popup };
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const HAN = /[\u3400-\u9fff]/;

describe('the UI catalogue', () => {
  it.each(Object.entries(SECTIONS))('%s: both languages have the same keys', (_, section) => {
    expect(Object.keys(section['zh-CN']).sort()).toEqual(Object.keys(section.en).sort());
  });

  it.each(Object.entries(SECTIONS))('%s: no empty message in either language', (_, section) => {
    for (const table of [section.en, section['zh-CN']]) {
      const empty = Object.entries(table).filter(([, v]) => !v.trim()).map(([k]) => k);
      expect(empty).toEqual([]);
    }
  });

  it.each(Object.entries(SECTIONS))('%s: both languages fill the same placeholders', (_, section) => {
    for (const [key, en] of Object.entries(section.en)) {
      expect([key, placeholders((section['zh-CN'] as Record<string, string>)[key])]).toEqual([key, placeholders(en)]);
    }
  });

  it('no key is defined by two sections (they are merged into one table)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [name, section] of Object.entries(SECTIONS)) {
      for (const key of Object.keys(section.en)) {
        if (seen.has(key)) twice.push(`${key} in ${seen.get(key)} and ${name}`);
        seen.set(key, name);
      }
    }
    expect(twice).toEqual([]);
  });

  it('every plural has its "other" form', () => {
    const keys = Object.values(SECTIONS).flatMap((s) => Object.keys(s.en));
    const lonely = keys.filter((k) => k.endsWith('_one') && !keys.includes(k.replace(/_one$/, '_other')));
    expect(lonely).toEqual([]);
  });

  it('the English UI is English: no Chinese except the name of the Chinese language itself', () => {
    const chinese = Object.values(SECTIONS)
      .flatMap((s) => Object.entries(s.en))
      .filter(([key, v]) => HAN.test(v) && key !== 'options.language.zh')
      .map(([key]) => key);
    expect(chinese).toEqual([]);
  });

  it('the Chinese UI has no English sentence in it (only names: CSV, Anki, CC-CEDICT …)', () => {
    const english = Object.values(SECTIONS)
      .flatMap((s) => Object.entries(s['zh-CN']))
      .filter(([key, v]) => /\b[a-z]{3,}\s[a-z]{3,}\b/.test(v.replace(/https?:\S+|chrome:\S+|about:\S+|\([^)]*\)/g, '')) && key !== 'options.language.en')
      .map(([key]) => key);
    expect(english).toEqual([]);
  });

  it('one product name per language, used by the manifest too', () => {
    const manifest = (lang: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8'));
    expect(common.en['app.name']).toBe('Renmin Reader');
    expect(common['zh-CN']['app.name']).toBe('人民阅读');
    expect(manifest('en').extName.message).toBe(common.en['app.name']);
    expect(manifest('zh_CN').extName.message).toBe(common['zh-CN']['app.name']);
  });
});

describe('the manifest messages (public/_locales)', () => {
  const read = (lang: string) =>
    JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
  const en = read('en');
  const zh = read('zh_CN');

  it('zh_CN and en have the same keys, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const table of [en, zh]) for (const [key, v] of Object.entries(table)) expect([key, v.message.trim().length > 0]).toEqual([key, true]);
  });

  it('every __MSG_…__ in the manifest config has a message', () => {
    const config = readFileSync(resolve(import.meta.dirname, '../../../wxt.config.ts'), 'utf8');
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThanOrEqual(6);
    expect(used.filter((k) => !(k in en))).toEqual([]);
  });
});
