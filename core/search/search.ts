import type { SearchIndex } from './buildSearchIndex';
import { computeFacets, resolveFilters } from './computeFacets';
import { primaryLocator } from '../library/primaryLocator';
import { findHighlights } from './findHighlights';
import { makeSnippet } from './makeSnippet';
import { matchText } from './matchText';
import { parseQuery, type ParsedQuery } from './parseQuery';
import type { IndexedItem, SearchHit, SearchQuery, SearchResponse } from './types';

const DEFAULT_LIMIT = 20;

/**
 * The best `k` of `n` candidates, best first. Sorting every match of a common word cost more
 * than finding them; a page needs only the top few.
 */
function topK(n: number, k: number, better: (a: number, b: number) => boolean): number[] {
  const best: number[] = [];
  if (k <= 0) return best;
  if (k * 8 >= n) {
    // A deep page: inserting into a long list would cost more than sorting everything.
    return Array.from({ length: n }, (_, i) => i)
      .sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0))
      .slice(0, k);
  }
  for (let i = 0; i < n; i++) {
    if (best.length === k && !better(i, best[k - 1] as number)) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (better(i, best[mid] as number)) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, i);
    if (best.length > k) best.pop();
  }
  return best;
}

function toHit(item: IndexedItem, locator: string, score: number, terms: ReadonlySet<string>, parsed: ParsedQuery): SearchHit {
  return {
    id: item.id,
    kind: item.kind,
    sourceId: item.sourceId,
    partId: item.partId,
    score,
    text: item.text,
    snippet: makeSnippet(item.text, findHighlights(item.text, terms, parsed.phrases)),
    section: [...primaryLocator(item).section],
    locator,
  };
}

/**
 * Ranked, faceted search over excerpts and recommendations. Equal scores fall back to reading
 * order, so every front door lists the same hits in the same order.
 */
export function search(index: SearchIndex, query: SearchQuery): SearchResponse {
  const parsed = parseQuery(query.text);
  const matches = matchText(index, parsed);
  const { passing, facets } = computeFacets(index, matches.docs, resolveFilters(index, query));
  const whole = (n: number | undefined, fallback: number): number =>
    n !== undefined && Number.isFinite(n) ? Math.max(0, Math.floor(n)) : fallback;
  const offset = whole(query.offset, 0);
  const limit = whole(query.limit, DEFAULT_LIMIT);
  const docs = (j: number): number => matches.docs[passing[j] as number] as number;
  const scores = (j: number): number => matches.scores[passing[j] as number] as number;
  let page: number[];
  if (parsed.empty) {
    // Listed in reading order already.
    page = Array.from({ length: Math.max(0, Math.min(limit, passing.length - offset)) }, (_, j) => offset + j);
  } else {
    const { rank } = index;
    const better = (a: number, b: number): boolean => {
      const sa = scores(a);
      const sb = scores(b);
      return sa !== sb ? sa > sb : (rank[docs(a)] as number) < (rank[docs(b)] as number);
    };
    page = topK(passing.length, offset + limit, better).slice(offset);
  }
  return {
    total: passing.length,
    hits: page.map((i) => toHit(index.items[docs(i)] as IndexedItem, index.locators[docs(i)] ?? '', scores(i), matches.terms, parsed)),
    facets,
  };
}
