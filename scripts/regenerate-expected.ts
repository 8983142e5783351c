/**
 * Regenerate tests/pages/<name>/expected.json from the current pipeline.
 * Never edit expected files by hand: change the code, run this, review the git diff.
 *   npm run regen:expected [-- <name>…]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../lib/analyze';
import { loadPage } from './lib/load-page';
import { listTestPages } from './lib/test-pages';
import { expectedOf } from './lib/expected';
import { loadLanguageTools } from './lib/load-dicts';

const only = process.argv.slice(2);
for (const page of listTestPages()) {
  if (only.length && !only.includes(page.name)) continue;
  const tools = loadLanguageTools();
  const analysis = analyzeDocument(loadPage(page.source, page.url, page.charset), page.url, { lookup: (t) => tools.define(t)[0]?.defs[0] ?? null });
  writeFileSync(join(page.dir, 'expected.json'), `${JSON.stringify(expectedOf(analysis), null, 2)}\n`);
  console.log(`${page.name}: ${analysis.isArticle ? `${analysis.pageKind}, ${analysis.paragraphs.length} paragraphs` : `not an article (${analysis.pageKind})`}`);
}
