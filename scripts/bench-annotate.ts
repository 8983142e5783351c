/**
 * Benchmarks the dates-and-figures recogniser on 10,000 characters of real article text
 * (paragraphs of the real saved People's Daily pages in tests/pages, tags stripped,
 * repeated to length), next to Readability's parse time on the same pages.
 *   npx tsx scripts/bench-annotate.ts [--runs 50]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { scan } from '../lib/annotate/scan';

import { listTestPages } from './lib/test-pages';
import { decodePage, parseHtml } from './lib/load-page';
import { median } from './lib/bench-stats';

/** Paragraph text of a page, the simple way: strip tags, keep long lines with Chinese in them. */
function paragraphs(html: string): string[] {
  return html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<\/(p|div|li|h\d)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '').replace(/&nbsp;|&#12288;/g, ' ').split('\n').map((l) => l.trim())
    .filter((l) => l.length >= 30 && /[\u4e00-\u9fff]/.test(l));
}


function main(): number {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '50' } } });
  const runs = Number(values.runs);
  const pages = listTestPages().filter((p) => !p.constructed && /^(finance|politics|health|culture)-/.test(p.name));
  const htmls = pages.map((p) => decodePage(readFileSync(p.source), p.charset));
  let text = htmls.flatMap(paragraphs).join('\n');
  const unique = text.length;
  while (text.length < 10000) text += `\n${text}`;
  text = text.slice(0, 10000);
  for (let k = 0; k < 5; k++) scan(text, '2024-05-10T06:58:00+08:00');
  const times: number[] = [];
  let found = 0;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const r = scan(text, '2024-05-10T06:58:00+08:00');
    times.push(performance.now() - t0);
    found = r.dates.length + r.figures.length;
  }
  // Fresh strings each time (rotations), so nothing can be cached between runs.
  const fresh: number[] = [];
  for (let k = 1; k <= 20; k++) {
    const t = text.slice(k * 311) + text.slice(0, k * 311);
    const t0 = performance.now();
    scan(t, '2024-05-10T06:58:00+08:00');
    fresh.push(performance.now() - t0);
  }
  console.log(`annotate: ${text.length} chars (${unique} unique, from ${pages.length} pages), ${found} items; ` +
    `median ${median(times).toFixed(2)} ms over ${runs} runs; 20 rotated texts: median ${median(fresh).toFixed(2)} ms, ` +
    `max ${Math.max(...fresh).toFixed(2)} ms`);
  const rd: number[] = [];
  for (const html of htmls) {
    for (let k = 0; k < 3; k++) {
      const doc = parseHtml(html, 'http://www.people.com.cn/');
      const t0 = performance.now();
      new Readability(doc).parse();
      if (k > 0) rd.push(performance.now() - t0);
    }
  }
  console.log(`Readability.parse on the same ${pages.length} pages: median ${median(rd).toFixed(2)} ms per page (jsdom, warm)`);
  return 0;
}

process.exitCode = main();
