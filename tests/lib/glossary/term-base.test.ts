import { describe, expect, it } from 'vitest';
import { createTermBase, scanTerms, shippedEntries } from '../../../lib/glossary';
import data from '../../../lib/glossary/terms.json';

describe('the shipped term base (lib/glossary/terms.json)', () => {
  const entries = shippedEntries();

  it('has at least 300 entries, each with an English rendering, a kind and a source', () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
    for (const e of entries) {
      expect(e.term.length).toBeGreaterThan(0);
      expect(e.en.trim().length).toBeGreaterThan(0);
      expect(['person', 'place', 'org', 'meeting', 'term', 'slogan', 'quote', 'domain']).toContain(e.kind);
      // Source keys are resolved to the source's description.
      expect(e.source.length).toBeGreaterThan(15);
    }
  });

  it('has avoid contexts that can fire: each contains its term', () => {
    for (const e of entries) for (const ctx of e.avoid ?? []) expect(ctx).toContain(e.term);
  });

  it('names a source for every entry that says where to check it', () => {
    const raw = data as { sources: Record<string, string>; entries: { source: string }[] };
    for (const e of raw.entries) expect(Object.keys(raw.sources)).toContain(e.source);
    for (const s of Object.values(raw.sources)) expect(s).toMatch(/website|\.cn|\.org|GB\/T|\(/);
  });

  it('has no job titles or saved-page abbreviations as terms', () => {
    for (const t of ['车工', '词人', '科工办', '四链并举', '农业强省', '陈廷焯']) expect(entries.map((e) => e.term)).not.toContain(t);
  });

  it('has no duplicate terms', () => {
    expect(new Set(entries.map((e) => e.term)).size).toBe(entries.length);
  });

  it.each([
    ['人类命运共同体', 'a community with a shared future for mankind'],
    ['全面战略伙伴关系', 'comprehensive strategic partnership'],
    ['四个全面', 'the Four-pronged Comprehensive Strategy'],
    ['两个确立', 'the Two Establishes'],
    ['国务院', 'the State Council'],
    ['玻利维亚', 'Bolivia (Plurinational State of)'],
    ['拉巴斯', 'La Paz'],
  ])('renders %s as %s', (term, en) => {
    expect(entries.find((e) => e.term === term)?.en).toBe(en);
  });
});

describe('scanTerms', () => {
  it.each([
    // Longest match: 印度尼西亚, not 印度 (中国 is scanned, though never listed on its own).
    ['印度尼西亚和中国', ['印度尼西亚', '中国']],
    // Left to right: 江西 + 安徽, not 西安.
    ['江西安徽两省', ['江西', '安徽']],
    // Avoided contexts: 幸福建设 holds no 福建, 建成都市圈 no 成都.
    ['推进幸福建设', []],
    ['加快建成都市圈', []],
    ['福建和成都', ['福建', '成都']],
    // Everyday words that contain a name: 欧美国家, 大陆游客, 江南非常, 比赛中亚军, 胜利马上.
    ['欧美国家的大陆游客', []],
    ['江南非常美，比赛中亚军，胜利马上到来', []],
    ['美国和拉美合作，陆游的诗', ['美国', '拉美', '陆游']],
    // 登上海拔五千米的高原 is about altitude (海拔), not Shanghai.
    ['登上海拔五千米的高原，再回到上海', ['上海']],
    ['潜艇浮上海面', []],
    // Real sentence (politics-c1001-40223222).
    ['高质量共建“一带一路”和构建人类命运共同体', ['一带一路', '人类命运共同体']],
  ])('finds the terms in %s', (text, expected) => {
    expect(scanTerms(text).map((h) => h.entry.term)).toEqual(expected);
  });

  it('scans with a custom base', () => {
    const base = createTermBase([{ term: '心成长', en: 'Heart Growth (project)', kind: 'term', source: 'test' }]);

    expect(scanTerms('“心成长”青少年心理健康服务项目', base).map((h) => [h.start, h.end])).toEqual([[1, 4]]);
  });
});
