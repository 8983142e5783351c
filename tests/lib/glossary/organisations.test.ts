import { describe, expect, it } from 'vitest';
import { buildGlossary, organisations, scanTerms } from '../../../lib/glossary';
import { mediaNames } from '../../../lib/glossary/patterns';
import { readText } from '../../../lib/text/reader';
import { loadLanguageTools } from '../../../scripts/lib/load-dicts';

// Organisations are read through the shipped dictionaries, as the CLI and the extension do.
const tools = loadLanguageTools();
const lookup = (term: string) => tools.define(term)[0]?.defs[0] ?? null;

/** The organisations found from the places of `text`, with the reader's word ends. */
function orgsIn(text: string): string[] {
  const places = scanTerms(text).filter((h) => h.entry.kind === 'place');
  return organisations(text, places, new Set(readText(text).words.map((w) => w.end))).map((o) => o.term);
}

describe('organisations from a place to an institutional ending', () => {
  it.each([
    ['中国政府一贯支持和平解决争端。', ['中国政府']],
    ['英国政府发表声明。', ['英国政府']],
    ['香港特区政府将继续推进改革。', ['香港特区政府']],
    ['伊拉克议会通过了决议。', ['伊拉克议会']],
    ['天津海关查获一批走私货物。', ['天津海关']],
    ['西藏军区官兵参加救灾。', ['西藏军区']],
    ['中国政府支持香港特区政府依法施政。', ['中国政府', '香港特区政府']],
    ['河南省发展改革委主任马健介绍。', ['河南省发展改革委']],
  ])('%s → %j', (text, expected) => {
    expect(orgsIn(text)).toEqual(expected);
  });

  it.each([
    ['北京市领导看望老干部。', []],
    ['北京日前举办了一场音乐会。', []],
    ['活动由上海市文化局主办。', ['上海市文化局']],
    ['黎巴嫩南部发生冲突。', []],
    ['台湾经济和社会发展。', []],
    ['日本投资者纷纷到太平洋彼岸购买美国政府债券。', ['美国政府']],
  ])('runs through no word that only ends like an institution: %s → %j', (text, expected) => {
    expect(orgsIn(text)).toEqual(expected);
  });
});

describe('news media named as the source of a report are organisations', () => {
  it.each([
    ['项目正式启动。北京青年报记者了解到，项目将覆盖全市。', ['北京青年报']],
    ['据路透社报道，会谈持续了两个小时。', ['路透社']],
    ['日前，昨天北京青年报记者获悉，活动将延期。', ['北京青年报']],
    ['他在接受中国青年报记者采访时说，要坚持下去。', ['中国青年报']],
    ['据美联社报道，双方同意停火。', ['美联社']],
    ['中央广播电视总台记者从会上获悉。', ['中央广播电视总台']],
    ['新华社香港分社记者报道。', ['新华社香港分社']],
    ['本报记者王昊男报道。', []],
    ['该报记者在现场看到。', []],
    ['河南省政府工作报告提出，要扩大内需。', []],
    ['互联网记者节活动举行。', []],
  ])('%s → %j', (text, names) => {
    expect(mediaNames(text).map((m) => m.term)).toEqual(names);
  });

  it('lists the newspaper in the glossary as an organisation', () => {
    const glossary = buildGlossary('项目正式启动。北京青年报记者了解到，项目将覆盖全市青少年。', null, { lookup });

    expect(glossary.find((e) => e.term === '北京青年报')?.kind).toBe('org');
  });
});

