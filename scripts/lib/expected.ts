/** What an expected.json keeps of an analysis: the parts worth asserting and reviewing in a diff. */
import type { Analysis } from '../../lib/types';

const snippet = (text: string) => text.slice(0, 40);

/** Detection, metadata, body start/end, paragraph count and subheads; later features add their fields. */
export function expectedOf(a: Analysis) {
  const paragraphText = a.paragraphs.map((p) => a.text.slice(p.start, p.end));
  return {
    isArticle: a.isArticle,
    pageKind: a.pageKind,
    meta: a.meta,
    textLength: a.text.length,
    paragraphCount: a.paragraphs.length,
    bodyStart: snippet(paragraphText[0] ?? ''),
    bodyEnd: (paragraphText[paragraphText.length - 1] ?? '').slice(-40),
    subheads: a.paragraphs.filter((p) => p.subhead).map((p) => a.text.slice(p.start, p.end)),
  };
}
