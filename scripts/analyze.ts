/**
 * The analysis CLI: prints the Analysis contract as JSON on stdout.
 *   npm run --silent analyze -- <page.html> --url <url> [--charset <name>] [--words]
 *   npm run --silent analyze -- --text <file.txt> [--date YYYY-MM-DD] [--words]
 *   npm run --silent analyze -- --urls <file>   (one address a line → JSON Lines: one object a line)
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeDocument, analyzeText } from '../lib/analyze';
import { parseArticleUrl } from '../lib/detect/url';
import { loadPage } from './lib/load-page';
import { loadLanguageTools } from './lib/load-dicts';

const USAGE = `usage:
  analyze <page.html> --url <url> [--charset <name>] [--words]
  analyze --text <file.txt> [--date YYYY-MM-DD] [--words]
  analyze --urls <file>`;

/** Why the file the reader named cannot be read (one line for stderr), or null when it can. */
function unreadable(path: string): string | null {
  try {
    return statSync(path).isFile() ? null : `analyze: ${path} is not a file`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `analyze: cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`;
  }
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        url: { type: 'string' }, charset: { type: 'string' }, text: { type: 'string' },
        date: { type: 'string' }, words: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' },
        urls: { type: 'string' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const input = values.urls ?? values.text ?? positionals[0];
  const problem = input === undefined ? null : unreadable(input);
  if (problem) {
    process.stderr.write(`${problem}\n`);
    return 1;
  }
  if (values.urls) {
    printUrlVerdicts(readFileSync(values.urls, 'utf8'));
    return 0;
  }
  if (values.text) {
    if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
      process.stderr.write(`--date must be YYYY-MM-DD, got ${values.date}\n`);
      return 2;
    }
    const text = readFileSync(values.text, 'utf8');
    print(analyzeText(text, { publishedAt: values.date ?? null, ...toolOptions(values.words) }));
    return 0;
  }
  if (positionals.length !== 1 || !values.url) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const doc = loadPage(positionals[0], values.url, values.charset ?? null);
  print(analyzeDocument(doc, values.url, toolOptions(values.words)));
  return 0;
}

/** The same dictionaries the extension ships: words (with --words) and the CC-CEDICT gloss fallback. */
function toolOptions(words: boolean | undefined) {
  const tools = loadLanguageTools();
  return {
    words: words ? tools.words : undefined,
    lookup: (term: string) => tools.define(term)[0]?.defs[0] ?? null,
  };
}

/**
 * One JSON object a line for each address of `list` (one a line; blank lines and
 * `#` comments skipped): `{url, pageKind, possibleArticle}`, where possibleArticle
 * means the address alone does not rule the page out.
 */
function printUrlVerdicts(list: string): void {
  for (const line of list.split(/\r?\n/)) {
    const url = line.trim();
    if (!url || url.startsWith('#')) continue;
    const { pageKind, possibleArticle } = parseArticleUrl(url);
    process.stdout.write(`${JSON.stringify({ url, pageKind, possibleArticle })}\n`);
  }
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

process.exitCode = main();
