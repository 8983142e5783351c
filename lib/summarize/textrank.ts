/**
 * TextRank over sentences: a similarity graph from TF-IDF weighted features
 * (character bigrams by default, or the words of an optional tokenizer) and
 * PageRank on it. Character bigrams need no segmenter and match Chinese
 * content words well enough for centrality.
 * @module lib/summarize/textrank
 */

/** Splits a sentence into features; the default is Han character bigrams. */
export type Featurizer = (sentence: string) => string[];

/** Characters that carry little content; bigrams made only of them are dropped. */
const LIGHT = new Set('的了是在和与及对为将也都而就把被从向以于等这那其之一不有个上中下来去说着们我他她它你要会能可并还又让'.split(''));

/** Han character bigrams, skipping ones made of two function characters (的是, 在了 …). */
export function charBigrams(sentence: string): string[] {
  const out: string[] = [];
  const runs = sentence.match(/[\u4e00-\u9fff]+|[A-Za-z0-9]+/g) ?? [];
  for (const run of runs) {
    if (/^[A-Za-z0-9]/.test(run)) { out.push(run.toLowerCase()); continue; }
    for (let i = 0; i + 1 < run.length; i++) {
      if (LIGHT.has(run[i]) && LIGHT.has(run[i + 1])) continue;
      out.push(run.slice(i, i + 2));
    }
  }
  return out;
}

/** Sparse unit vectors (sorted feature ids + weights) for a list of sentences. */
function vectors(sentences: string[], featurize: Featurizer): { ids: Int32Array; w: Float64Array }[] {
  const vocab = new Map<string, number>();
  const tfs = sentences.map((s) => {
    const tf = new Map<number, number>();
    for (const f of featurize(s)) {
      let id = vocab.get(f);
      if (id === undefined) { id = vocab.size; vocab.set(f, id); }
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Float64Array(vocab.size);
  for (const tf of tfs) for (const id of tf.keys()) df[id]++;
  const n = sentences.length;
  return tfs.map((tf) => {
    const ids = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const w = new Float64Array(ids.length);
    let norm = 0;
    ids.forEach((id, k) => {
      w[k] = (1 + Math.log(tf.get(id) ?? 1)) * Math.log(1 + n / df[id]);
      norm += w[k] * w[k];
    });
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < w.length; k++) w[k] /= norm;
    return { ids, w };
  });
}

function cosine(a: { ids: Int32Array; w: Float64Array }, b: { ids: Int32Array; w: Float64Array }): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] === b.ids[j]) dot += a.w[i++] * b.w[j++];
    else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return dot;
}

/** Pairwise cosine similarity matrix of the sentences (symmetric, zero diagonal). */
export function similarityMatrix(sentences: string[], featurize: Featurizer = charBigrams): Float64Array[] {
  const v = vectors(sentences, featurize);
  const n = sentences.length;
  const m = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(v[i], v[j]);
      m[i][j] = s;
      m[j][i] = s;
    }
  }
  return m;
}

/** PageRank scores over a weighted similarity matrix (damping 0.85, power iteration). */
export function pageRank(m: Float64Array[], damping = 0.85, iterations = 40): Float64Array {
  const n = m.length;
  const out = new Float64Array(n).fill(1 / Math.max(n, 1));
  if (n === 0) return out;
  const rowSum = m.map((row) => row.reduce((a, b) => a + b, 0));
  for (let it = 0; it < iterations; it++) {
    const next = new Float64Array(n).fill((1 - damping) / n);
    for (let j = 0; j < n; j++) {
      if (rowSum[j] === 0) { for (let i = 0; i < n; i++) next[i] += (damping * out[j]) / n; continue; }
      const share = (damping * out[j]) / rowSum[j];
      const row = m[j];
      for (let i = 0; i < n; i++) if (row[i] > 0) next[i] += share * row[i];
    }
    let delta = 0;
    for (let i = 0; i < n; i++) { delta += Math.abs(next[i] - out[i]); out[i] = next[i]; }
    if (delta < 1e-6) break;
  }
  return out;
}
