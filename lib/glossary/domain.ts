/**
 * Domain terms without a dictionary: multi-character strings the article repeats
 * (航天合作伙伴关系, 心理健康服务) that stand on their own — their neighbours vary
 * on both sides — and do not start or end with a function character.
 * @module lib/glossary/domain
 */

/** A repeated domain term: text, first position and count. */
export interface DomainHit { term: string; start: number; count: number }

/** Characters that do not begin or end a term. */
const EDGE = new Set('万亿千百的了在是和与及对为将也都而就把被从向以于等这那其之一不有个上中下来去说着们我他她它你要会能可并还又让各更最很已使由此该每所给并到做'.split(''));
/** Term heads: a domain term ends in a noun like these (航天技术, 青年工作者, 心理健康服务). */
const HEAD = /(?:技术|合作|领域|产业|服务|工作者|中心|体系|机制|平台|工程|项目|关系|治理|农田|环境|能力|设施|科学|健康|素质|活动|教育|课程|模式|战略|政策|改革|创新|基地|卫星|保护|经济|产品|企业|人才|资源|市场|系统|网络|文化|安全|主体|成果|材料|医药|装备|制造|农业|工业)$/;
/** Verb-object phrases (加强农业, 推进改革) are not terms. */
const VERB_START = /^(?:加强|推进|推动|促进|实现|发展|建设|坚持|深化|提高|扩大|加快|保持|落实|完善|支持|开展|做好|抓好|搞好|增加|减少|保护|改善|引导|鼓励|实施|依靠|面向|围绕)/;
/** Characters that do not occur inside a term. */
const INSIDE = /[的了是在我他她们这那将也都就把被说着]/;

/**
 * Repeated strings of 4–8 Han characters (at least `minCount` times) ending in a
 * term head, with varying neighbours (hence maximal).
 */
export function domainTerms(text: string, minCount = 3): DomainHit[] {
  const runs = [...text.matchAll(/[\u4e00-\u9fff]{4,}/g)];
  // A string repeated minCount times has a 4-character prefix repeated as often:
  // count 4-grams first and extend only those (keeps this linear in practice).
  const four = new Map<string, number>();
  for (const r of runs) for (let i = 0; i + 4 <= r[0].length; i++) four.set(r[0].slice(i, i + 4), (four.get(r[0].slice(i, i + 4)) ?? 0) + 1);
  const occ = new Map<string, number[]>();
  for (const r of runs) {
    const s = r[0];
    const base = r.index ?? 0;
    for (let i = 0; i + 4 <= s.length; i++) {
      if ((four.get(s.slice(i, i + 4)) ?? 0) < minCount) continue;
      for (let n = 4; n <= 8 && i + n <= s.length; n++) {
        const g = s.slice(i, i + n);
        if (EDGE.has(g[0]) || EDGE.has(g[n - 1]) || INSIDE.test(g)) continue;
        const list = occ.get(g);
        if (list) list.push(base + i);
        else occ.set(g, [base + i]);
      }
    }
  }
  const frequent = [...occ.entries()].filter(([, at]) => at.length >= minCount);
  // Varying neighbours on both sides also make the string maximal: no one-character
  // extension occurs as often, so no longer repeat has the same count.
  const ok = frequent.filter(([g, at]) => HEAD.test(g) && !VERB_START.test(g) && varies(text, g, at));
  // Overlapping repeats (生态保护 / 保护治理 in 生态保护治理): the more frequent, longer, earlier one wins.
  ok.sort((a, b) => b[1].length - a[1].length || b[0].length - a[0].length || a[1][0] - b[1][0]);
  const kept: [string, number[]][] = [];
  for (const [g, at] of ok) {
    const clash = kept.some(([k, kat]) => at.filter((i) => kat.some((j) => i < j + k.length && j < i + g.length)).length * 2 > at.length);
    if (!clash) kept.push([g, at]);
  }
  return kept.map(([term, at]) => ({ term, start: at[0], count: at.length })).sort((a, b) => a.start - b.start);
}

/** Neighbours vary: not always the same character before, nor always the same after. */
function varies(text: string, g: string, at: number[]): boolean {
  const left = new Set(at.map((i) => text[i - 1] ?? ''));
  const right = new Set(at.map((i) => text[i + g.length] ?? ''));
  return left.size > 1 && right.size > 1;
}
