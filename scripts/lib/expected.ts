/** What an expected.json keeps of an analysis: the parts worth asserting and reviewing in a diff. */
import type { Analysis } from '../../lib/types';

const snippet = (text: string) => text.slice(0, 40);

/** Detection, metadata, body start/end, paragraph count and subheads, and what the features
 * found (outline, lead, glossary, dates, figures) in a compact form that reads well in a diff. */
export function expectedOf(a: Analysis) {
  const paragraphText = a.paragraphs.map((p) => a.text.slice(p.start, p.end));
  return {
    isArticle: a.isArticle,
    pageKind: a.pageKind,
    language: a.language,
    script: a.script,
    meta: a.meta,
    textLength: a.text.length,
    paragraphCount: a.paragraphs.length,
    bodyStart: snippet(paragraphText[0] ?? ''),
    bodyEnd: (paragraphText[paragraphText.length - 1] ?? '').slice(-40),
    subheads: a.paragraphs.filter((p) => p.subhead).map((p) => a.text.slice(p.start, p.end)),
    outline: a.outline.map((e) => `${'  '.repeat(e.level - 1)}${e.text} @${e.start}`),
    summary: a.summary.map((s) => s.text),
    glossary: a.glossary.map((g) => `${g.term} | ${g.pinyin} | ${g.kind} | ×${g.count} | ${g.gloss ?? '(unglossed)'}${g.role ? ` | ${g.role}` : ''}`),
    dates: a.dates.map((d) => `${d.text} → ${JSON.stringify(d.value)}${d.relative ? ' (relative)' : ''}`),
    figures: a.figures.map((f) => `${f.text} → ${JSON.stringify(f.value)} ${f.unit ?? ''}${f.kind === 'ordinal' ? ' (ordinal)' : ''}`.trim()),
  };
}
