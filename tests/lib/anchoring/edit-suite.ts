/**
 * The adversarial edit suite for re-anchoring: highlights made in an article, the
 * article edited, and the ground truth of where each highlighted text went
 * (tests/lib/anchoring/rebuild.ts). Used by adversarial.test.ts and by
 * scripts/bench-anchoring.ts (which prints the same table).
 *
 * Adversarial kinds (the highlighted text is gone; any placement is a misplacement):
 * its paragraph deleted or rewritten while a near-duplicate paragraph (one word —
 * a name, place or number — different) or a repeated sentence stays. Benign kinds
 * (the highlighted text is still there): paragraphs inserted, deleted or moved
 * elsewhere, punctuation and spaces changed, a typo fixed inside the quote, a
 * word changed near it. Texts: the real saved pages (corpus.ts) and short
 * synthetic People's Daily-style articles with near-duplicate paragraphs.
 */
import { paragraphSpans, seeded, type CorpusArticle } from './corpus';
import { placedRightly, rebuild, type Piece, type Rebuilt } from './rebuild';

/** One group of highlights in one text under one edit. */
export interface SuiteCase {
  kind: string;
  /** True when the highlighted text survives the edit (recall matters); false when it is gone. */
  benign: boolean;
  source: string;
  /** The text the highlights were made in. */
  original: string;
  edited: Rebuilt;
  ranges: [number, number][];
}

/** A synthetic article: paragraphs, and which paragraph is a near-duplicate of which. */
interface Synthetic { name: string; paragraphs: string[]; near: [number, number] }

/**
 * Near-duplicate paragraphs as People's Daily prints them: regional round-ups and
 * meeting reports that repeat a sentence frame with another place, name or number.
 */
export const SYNTHETIC: Synthetic[] = [
  {
    name: 'cities (北京/上海)',
    paragraphs: [
      '本报北京5月9日电（记者李文）国家统计局9日发布的数据显示，今年一季度各地经济运行总体平稳、稳中有进。',
      '北京市一季度地区生产总值同比增长5.3%，规模以上工业增加值增长6.1%，社会消费品零售总额增长4.8%，城镇调查失业率保持在5%以内，经济运行开局良好。',
      '上海市一季度地区生产总值同比增长5.3%，规模以上工业增加值增长6.1%，社会消费品零售总额增长4.8%，城镇调查失业率保持在5%以内，经济运行开局良好。',
      '专家表示，随着各项政策措施落地见效，二季度经济有望延续回升向好态势。',
    ],
    near: [1, 2],
  },
  {
    name: 'names (张明/王强)',
    paragraphs: [
      '本报杭州4月12日电（记者陈晨）浙江省优化营商环境大会12日召开。',
      '会上，杭州市市长张明介绍了全市推进营商环境改革的主要做法，并表示将继续深化“放管服”改革，持续优化政务服务，为各类经营主体提供更好的发展环境。',
      '会上，杭州市市长王强介绍了全市推进营商环境改革的主要做法，并表示将继续深化“放管服”改革，持续优化政务服务，为各类经营主体提供更好的发展环境。',
      '与会代表围绕数字化改革、涉企服务等议题进行了交流。',
    ],
    near: [1, 2],
  },
  {
    name: 'numbers (12万/15万)',
    paragraphs: [
      '新华社武汉3月2日电　湖北省今年将实施一批稳就业重点项目。',
      '根据计划，全省将围绕先进制造业、现代服务业和数字经济等领域扩大就业容量，支持高校毕业生到基层就业创业，全年新增就业岗位12万个。',
      '根据计划，全省将围绕先进制造业、现代服务业和数字经济等领域扩大就业容量，支持高校毕业生到基层就业创业，全年新增就业岗位15万个。',
      '湖北省人力资源和社会保障厅有关负责人表示，将加强就业形势监测，及时出台针对性措施。',
    ],
    near: [1, 2],
  },
];

/** A sentence repeated in paragraphs with different surroundings (as in commentaries). */
export const REPEATED = {
  phrase: '坚持以人民为中心的发展思想',
  paragraphs: [
    '坚持以人民为中心的发展思想，是新时代做好经济工作的根本立场，各地区各部门要准确把握。',
    '在推进乡村振兴中，要坚持以人民为中心的发展思想，让农民群众有更多获得感。',
    '在城市更新中，同样要坚持以人民为中心的发展思想，让城市更宜居、更韧性、更智慧。',
    '实践证明，只有坚持以人民为中心的发展思想，发展才有正确方向。',
  ],
};

/** Different text of about the same length, for "rewritten" paragraphs (never contains the original's sentences). */
const REWRITE = '今年以来，当地聚焦群众急难愁盼问题，扎实推进民生实事项目，一批惠民工程相继建成投用，群众满意度持续提升。';

/** Alternative two-character words for one-word edits. */
const WORDS = ['上海', '广东', '三季', '去年', '王强', '湖南', '改革', '服务'];

type Span = { start: number; end: number };

/** Pieces keeping every paragraph but `i`, with its line break. */
function withoutParagraph(text: string, spans: Span[], i: number): Piece[] {
  const p = spans[i];
  const [from, to] = i < spans.length - 1 ? [p.start, p.end + 1] : [Math.max(0, p.start - 1), p.end];
  return [{ from: 0, to: from }, { from: to, to: text.length }];
}

/** Pieces with paragraph `i` replaced by `insert`. */
function replaceParagraph(text: string, spans: Span[], i: number, insert: string): Piece[] {
  return [{ from: 0, to: spans[i].start }, { insert }, { from: spans[i].end, to: text.length }];
}

/** Pieces with paragraph `i` moved to the end of the text. */
function moveToEnd(text: string, spans: Span[], i: number): Piece[] {
  return [...withoutParagraph(text, spans, i), { insert: '\n' }, { from: spans[i].start, to: spans[i].end }];
}

/** Pieces with a new paragraph inserted before paragraph `i`. */
function insertBefore(text: string, spans: Span[], i: number, insert: string): Piece[] {
  return [{ from: 0, to: spans[i].start }, { insert: `${insert}\n` }, { from: spans[i].start, to: text.length }];
}

/** Pieces with every full-width comma, colon and quote mark of [start, end) in half-width form, a space after commas. */
function halfWidthPunctuation(text: string, span: Span): Piece[] {
  const swap: Record<string, string> = { '，': ', ', '：': ': ', '“': '"', '”': '"', '；': '; ', '（': '(', '）': ')' };
  const pieces: Piece[] = [];
  let from = 0;
  for (let i = span.start; i < span.end; i++) {
    if (!(text[i] in swap)) continue;
    pieces.push({ from, to: i }, { insert: swap[text[i]] });
    from = i + 1;
  }
  pieces.push({ from, to: text.length });
  return pieces;
}

/** `count` ranges of 2–maxLength characters inside [span.start, span.end), trimmed like reader selections. */
function rangesIn(text: string, span: Span, count: number, random: () => number, maxLength = 24): [number, number][] {
  const out: [number, number][] = [];
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const length = 2 + Math.floor(random() * (maxLength - 1));
    if (span.end - span.start <= length) continue;
    const start = span.start + Math.floor(random() * (span.end - span.start - length));
    if (/\s/.test(text[start]) || /\s/.test(text[start + length - 1])) continue;
    out.push([start, start + length]);
  }
  return out;
}

/** The paragraph with one word changed: a digit if it has one, else two characters at a random place. */
export function nearCopy(paragraph: string, random: () => number): string {
  const digits = [...paragraph.matchAll(/\d/g)].map((m) => m.index!);
  if (digits.length) {
    const i = digits[Math.floor(random() * digits.length)];
    return paragraph.slice(0, i) + String((Number(paragraph[i]) + 3) % 10) + paragraph.slice(i + 1);
  }
  const i = 1 + Math.floor(random() * (paragraph.length - 3));
  const word = WORDS.find((w) => w !== paragraph.slice(i, i + 2) && w[0] !== paragraph[i] && w[1] !== paragraph[i + 1])!;
  return paragraph.slice(0, i) + word + paragraph.slice(i + 2);
}

/** Every case of the suite; deterministic (seeded). */
export function buildSuite(corpus: CorpusArticle[], perParagraph = 4): SuiteCase[] {
  const cases: SuiteCase[] = [];
  const add = (kind: string, benign: boolean, source: string, original: string, pieces: Piece[], ranges: [number, number][]) => {
    if (ranges.length) cases.push({ kind, benign, source, original, edited: rebuild(original, pieces), ranges });
  };
  const random = seeded(2024);
  for (const { name, text } of corpus) {
    const spans = paragraphSpans(text);
    spans.forEach((p, i) => {
      if (p.end - p.start < 40) return;
      const r = () => rangesIn(text, p, perParagraph, random);
      add('paragraph deleted', false, name, text, withoutParagraph(text, spans, i), r());
      add('paragraph rewritten', false, name, text, replaceParagraph(text, spans, i, REWRITE), r());
      // A near-duplicate of the paragraph next to it, or at the end of the article.
      const copy = nearCopy(text.slice(p.start, p.end), random);
      const near = `${text.slice(0, p.end)}\n${copy}${text.slice(p.end)}`;
      const nearSpans = paragraphSpans(near);
      add('near-duplicate kept, paragraph deleted', false, name, near, withoutParagraph(near, nearSpans, i), rangesIn(near, nearSpans[i], perParagraph, random));
      add('near-duplicate kept, paragraph rewritten', false, name, near, replaceParagraph(near, nearSpans, i, REWRITE), rangesIn(near, nearSpans[i], perParagraph, random));
      add('near-duplicate deleted (highlight in it)', false, name, near, withoutParagraph(near, nearSpans, i + 1), rangesIn(near, nearSpans[i + 1], perParagraph, random));
      const far = `${text}\n${copy}`;
      const farSpans = paragraphSpans(far);
      add('far near-duplicate kept, paragraph deleted', false, name, far, withoutParagraph(far, farSpans, i), rangesIn(far, farSpans[i], perParagraph, random));

      add('paragraph inserted before it', true, name, text, insertBefore(text, spans, i, REWRITE), r());
      if (i > 0) add('paragraph before it deleted', true, name, text, withoutParagraph(text, spans, i - 1), r());
      if (i < spans.length - 1) add('paragraph moved to the end', true, name, text, moveToEnd(text, spans, i), r());
      add('punctuation and spaces changed', true, name, text, halfWidthPunctuation(text, p), r());
      for (const [s, e] of r().filter(([s, e]) => e - s >= 12)) {
        const at = s + Math.floor((e - s) / 2);
        add('typo fixed inside the quote', true, name, text, [{ from: 0, to: at }, { insert: text[at] === '国' ? '家' : '国' }, { from: at + 1, to: text.length }], [[s, e]]);
      }
      for (const [s, e] of r()) {
        // A two-character word 3–20 characters before or after the quote, inside its paragraph.
        const gap = 3 + Math.floor(random() * 18);
        const at = random() < 0.5 ? s - gap - 2 : e + gap;
        if (at < p.start || at + 2 > p.end) continue;
        const word = WORDS.find((w) => w[0] !== text[at] && w[1] !== text[at + 1])!;
        add('a word changed near it', true, name, text, [{ from: 0, to: at }, { insert: word }, { from: at + 2, to: text.length }], [[s, e]]);
      }
    });
  }
  for (const { name, paragraphs, near: [a, b] } of SYNTHETIC) {
    const text = paragraphs.join('\n');
    const spans = paragraphSpans(text);
    // Every range of 2, 4, 8 and 16 characters starting at every third character of paragraph a.
    const all = (i: number) => [2, 4, 8, 16].flatMap((n) => Array.from({ length: Math.floor((spans[i].end - spans[i].start - n) / 3) + 1 }, (_, k) => [spans[i].start + 3 * k, spans[i].start + 3 * k + n] as [number, number]));
    add('near-duplicate kept, paragraph deleted', false, name, text, withoutParagraph(text, spans, a), all(a));
    add('near-duplicate kept, paragraph rewritten', false, name, text, replaceParagraph(text, spans, a, REWRITE), all(a));
    add('near-duplicate deleted (highlight in it)', false, name, text, withoutParagraph(text, spans, b), all(b));
    add('paragraph moved to the end', true, name, text, moveToEnd(text, spans, a), all(a));
  }
  const text = REPEATED.paragraphs.join('\n');
  const spans = paragraphSpans(text);
  spans.forEach((p, i) => {
    const at = text.indexOf(REPEATED.phrase, p.start);
    const ranges: [number, number][] = [[at, at + REPEATED.phrase.length], [at, at + 4], [at + 3, at + 9], [at + 7, at + REPEATED.phrase.length]];
    add('repeated sentence, its paragraph deleted', false, 'repeated sentence', text, withoutParagraph(text, spans, i), ranges);
    add('repeated sentence, its paragraph rewritten', false, 'repeated sentence', text, replaceParagraph(text, spans, i, REWRITE), ranges);
    if (i < spans.length - 1) add('paragraph moved to the end', true, 'repeated sentence', text, moveToEnd(text, spans, i), ranges);
  });
  return cases;
}

/** What re-anchoring did with one highlight. */
export type Outcome = 'exact' | 'fuzzy' | 'orphan' | 'misplaced';

/** Counts per kind. */
export interface Tally { kind: string; benign: boolean; highlights: number; exact: number; fuzzy: number; orphan: number; misplaced: number }

/** The anchoring functions under test (so the bench can run an older version too). */
export interface AnchoringApi {
  describe(text: string, start: number, end: number): unknown;
  anchor(text: string, selectors: never): { start: number; end: number; method: string } | null;
}

/** Anchor every highlight of every case and count outcomes per kind (misplaced counts placements that are not right). */
export function runSuite(cases: SuiteCase[], api: AnchoringApi): { tallies: Tally[]; misplacedExamples: string[] } {
  const byKind = new Map<string, Tally>();
  const misplacedExamples: string[] = [];
  for (const c of cases) {
    const t = byKind.get(c.kind) ?? { kind: c.kind, benign: c.benign, highlights: 0, exact: 0, fuzzy: 0, orphan: 0, misplaced: 0 };
    byKind.set(c.kind, t);
    for (const [s, e] of c.ranges) {
      const result = api.anchor(c.edited.text, api.describe(c.original, s, e) as never);
      t.highlights++;
      if (!result) t.orphan++;
      else if (!placedRightly(c.edited, [s, e], result)) {
        t.misplaced++;
        if (misplacedExamples.length < 50) misplacedExamples.push(`${c.kind} in ${c.source}: 「${c.original.slice(s, e)}」 → 「${c.edited.text.slice(result.start, result.end)}」 (${result.method})`);
      } else if (result.method === 'fuzzy') t.fuzzy++;
      else t.exact++;
    }
  }
  return { tallies: [...byKind.values()], misplacedExamples };
}
