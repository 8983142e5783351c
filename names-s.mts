import { loadPfrArticles } from './scripts/lib/pfr-corpus';
import { loadLanguageTools } from './scripts/lib/load-dicts';
import { readText } from './lib/text/reader';
import { buildGlossary } from './lib/glossary';
loadLanguageTools();
const arts = loadPfrArticles();
const [name] = process.argv.slice(2);
let shown = 0;
for (const a of arts) {
  const i = a.text.indexOf(name);
  if (i < 0 || !a.names.person.has(name)) continue;
  const r = readText(a.text);
  const ws = r.words.filter((x) => x.end > i - 10 && x.start < i + name.length + 8).map((x) => x.text).join('/');
  const g = buildGlossary(a.text, { title: a.title }).find((e) => e.term === name);
  console.log(a.id, r.names.some((n) => n.text === name), g ? 'in glossary' : 'not in glossary', ws.replace(/\n/g,'⏎'));
  if (++shown > 4) break;
}
