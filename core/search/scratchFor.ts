import type { SearchIndex } from './buildSearchIndex';

/**
 * Per-index work arrays the size of the library, reused by every query. Allocating them per
 * keystroke cost more than the query itself at 100 times the bundled library (the garbage
 * collector ran mid-query). A query's results live in them only until `search` returns, which
 * is safe because a search runs to completion before the next one starts.
 */
export interface Scratch {
  /** Accumulated score and matched-terms mask per document; zero between queries. */
  score: Float64Array;
  mask: Uint32Array;
  /** Documents with a nonzero mask. */
  touched: Int32Array;
  /** Text matches: documents and their scores. */
  docs: Int32Array;
  scores: Float64Array;
  /** Indexes into `docs` of the matches passing every filter. */
  passing: Int32Array;
}

const scratches = new WeakMap<SearchIndex, Scratch>();

export function scratchFor(index: SearchIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    const n = index.items.length;
    s = {
      score: new Float64Array(n), mask: new Uint32Array(n), touched: new Int32Array(n),
      docs: new Int32Array(n), scores: new Float64Array(n), passing: new Int32Array(n),
    };
    scratches.set(index, s);
  }
  return s;
}
