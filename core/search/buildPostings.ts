import SearchableMap from 'minisearch/SearchableMap';
import { foldText, isStopword, stem, WORD_RE } from './normalizeText';

/**
 * The inverted index, in flat typed arrays. MiniSearch's own `search` builds a result object
 * per matching document and sorts them all, which took over 100 ms for a common word at 100
 * times the bundled library; here a query walks posting lists of numbers instead. MiniSearch
 * still supplies the term dictionary (its radix tree gives prefix and fuzzy lookup) and the
 * scoring: the BM25 formula and parameters below are MiniSearch 7's.
 */
export interface Postings {
  /** Index term (folded, stemmed) -> term id; searched by prefix and edit distance. */
  terms: SearchableMap<number>;
  termText: string[];
  /** Term t's postings are docs[start[t]..start[t+1]), with their weights. */
  start: Int32Array;
  docs: Int32Array;
  /** Sum over fields of boost × BM25, for an exact match. */
  weights: Float32Array;
  /** Folded surface word (stopwords included) -> id, for phrase checks. */
  surface: Map<string, number>;
  surfaceText: string[];
  /** How often each surface word occurs, to anchor a phrase check on its rarest word. */
  surfaceCount: Int32Array;
  /** Every document's surface word ids, field after field, -1 between fields. */
  tokenStart: Int32Array;
  tokens: Int32Array;
  /**
   * Words the library writes with a hyphen somewhere ("counter-terrorism"), by the index form
   * of the joined word ("counterterrorism") -> the two surface word ids, so a query for the
   * joined form also finds the parts side by side.
   */
  compounds: Map<string, [number, number]>;
}

/** Hyphen-minus, hyphen, non-breaking hyphen: the marks that join a compound word. */
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/** MiniSearch 7's defaults. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

class IntBuffer {
  data = new Int32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

// eslint-disable-next-line no-control-regex -- the ASCII range is the point
const NON_ASCII = /[^\u0000-\u007f]/u;

function fold(text: string): string {
  // Folding every word through NFD dominated build time; plain ASCII only needs lowercasing.
  return NON_ASCII.test(text) ? foldText(text) : text.toLowerCase();
}

/** `fields[doc][f]` is field f's text of document doc; `boosts[f]` weighs a match in it. */
export function buildPostings(fields: readonly (readonly string[])[], boosts: readonly number[]): Postings {
  const F = boosts.length;
  const N = fields.length;
  const surface = new Map<string, number>();
  const surfaceText: string[] = [];
  const surfaceTerm: number[] = [];
  const termIds = new Map<string, number>();
  const termText: string[] = [];
  const surfaceOf = (word: string): number => {
    let id = surface.get(word);
    if (id === undefined) {
      id = surfaceText.length;
      surface.set(word, id);
      surfaceText.push(word);
      let term = -1;
      if (word.length >= 2 && !isStopword(word)) {
        const t = stem(word);
        term = termIds.get(t) ?? -1;
        if (term < 0) {
          term = termText.length;
          termIds.set(t, term);
          termText.push(t);
        }
      }
      surfaceTerm.push(term);
    }
    return id;
  };

  // Pass 1: words, field lengths (in indexed words, as MiniSearch counts them).
  const tokenStart = new Int32Array(N + 1);
  const tokens = new IntBuffer();
  const fieldLength = new Float64Array(N * F);
  const totalLength = new Float64Array(F);
  const compounds = new Map<string, [number, number]>();
  for (let doc = 0; doc < N; doc++) {
    tokenStart[doc] = tokens.length;
    const docFields = fields[doc] as readonly string[];
    for (let f = 0; f < F; f++) {
      let indexed = 0;
      const text = fold(docFields[f] ?? '');
      let previous = -1;
      let previousEnd = -2;
      for (const m of text.matchAll(WORD_RE)) {
        const id = surfaceOf(m[0]);
        if (m.index === previousEnd + 1 && HYPHENS.has(text[previousEnd] as string)) {
          const joined = stem((surfaceText[previous] as string) + m[0]);
          if (!compounds.has(joined)) compounds.set(joined, [previous, id]);
        }
        previous = id;
        previousEnd = m.index + m[0].length;
        tokens.push(id);
        if ((surfaceTerm[id] as number) >= 0) indexed++;
      }
      tokens.push(-1);
      fieldLength[doc * F + f] = indexed;
      totalLength[f] = (totalLength[f] as number) + indexed;
    }
  }
  tokenStart[N] = tokens.length;
  const tok = tokens.toArray();
  const surfaceCount = new Int32Array(surfaceText.length);
  for (const id of tok) if (id >= 0) surfaceCount[id] = (surfaceCount[id] as number) + 1;
  const V = termText.length;
  const termOfSurface = Int32Array.from(surfaceTerm);

  // Pass 2: per (term, field) document frequency; pass 3: (doc, field, tf) entries per term.
  const tf = new Int32Array(V);
  const touched = new IntBuffer();
  const df = new Int32Array(F * V);
  const entryCount = new Int32Array(V + 1);
  const eachField = (visit: (doc: number, f: number, term: number, count: number) => void): void => {
    for (let doc = 0; doc < N; doc++) {
      let f = 0;
      for (let i = tokenStart[doc] as number; i < (tokenStart[doc + 1] as number); i++) {
        const s = tok[i] as number;
        if (s >= 0) {
          const t = termOfSurface[s] as number;
          if (t < 0) continue;
          if (tf[t] === 0) touched.push(t);
          tf[t] = (tf[t] as number) + 1;
          continue;
        }
        for (let j = 0; j < touched.length; j++) {
          const t = touched.data[j] as number;
          visit(doc, f, t, tf[t] as number);
          tf[t] = 0;
        }
        touched.length = 0;
        f++;
      }
    }
  };
  eachField((_doc, f, t) => {
    entryCount[t] = (entryCount[t] as number) + 1;
    df[f * V + t] = (df[f * V + t] as number) + 1;
  });
  const entryStart = new Int32Array(V + 1);
  for (let t = 0; t < V; t++) entryStart[t + 1] = (entryStart[t] as number) + (entryCount[t] as number);
  const E = entryStart[V] as number;
  const entDoc = new Int32Array(E);
  const entWeight = new Float32Array(E);
  const cursor = entryStart.slice(0, V);
  const avg = Array.from(totalLength, (l) => (N === 0 ? 0 : l / N));
  eachField((doc, f, t, count) => {
    const n = df[f * V + t] as number;
    const idf = Math.log(1 + (N - n + 0.5) / (n + 0.5));
    const norm = (avg[f] as number) > 0 ? (fieldLength[doc * F + f] as number) / (avg[f] as number) : 1;
    const score = idf * (BM25.d + (count * (BM25.k + 1)) / (count + BM25.k * (1 - BM25.b + BM25.b * norm)));
    const at = cursor[t] as number;
    cursor[t] = at + 1;
    entDoc[at] = doc;
    entWeight[at] = (boosts[f] as number) * score;
  });

  // Merge a document's entries for one term (one per field it occurs in) into one posting.
  const start = new Int32Array(V + 1);
  const docs = new Int32Array(E);
  const weights = new Float32Array(E);
  let p = 0;
  for (let t = 0; t < V; t++) {
    start[t] = p;
    let last = -1;
    for (let i = entryStart[t] as number; i < (entryStart[t + 1] as number); i++) {
      const d = entDoc[i] as number;
      if (d === last) {
        weights[p - 1] = (weights[p - 1] as number) + (entWeight[i] as number);
      } else {
        docs[p] = d;
        weights[p] = entWeight[i] as number;
        p++;
        last = d;
      }
    }
  }
  start[V] = p;

  const terms = new SearchableMap<number>();
  termText.forEach((t, id) => terms.set(t, id));
  return {
    terms, termText, start, docs: docs.slice(0, p), weights: weights.slice(0, p),
    surface, surfaceText, surfaceCount, tokenStart, tokens: tok, compounds,
  };
}
