import type { SearchIndex } from './buildSearchIndex';
import { foldText } from './normalizeText';
import { scratchFor } from './scratchFor';
import type { FacetCount, FacetName, SearchFacets, SearchQuery } from './types';

/** The filter on one facet: the value ids it accepts (an author filter may name several). */
export type ActiveFilters = Partial<Record<FacetName, ReadonlySet<number>>>;

export function resolveFilters(index: SearchIndex, query: SearchQuery): ActiveFilters {
  const filters: ActiveFilters = {};
  const exact = (facet: FacetName, value: string | undefined): void => {
    if (value === undefined) return;
    const id = index.facets[facet].ids.get(value);
    filters[facet] = new Set(id === undefined ? [] : [id]);
  };
  exact('source', query.sourceId);
  exact('kind', query.kind);
  exact('region', query.region);
  exact('horizon', query.horizon);
  exact('origin', query.origin);
  if (query.author !== undefined) {
    const wanted = foldText(query.author.trim());
    const ids = new Set<number>();
    index.authorKeys.forEach((keys, id) => {
      if (keys.includes(wanted)) ids.add(id);
    });
    filters.author = ids;
  }
  return filters;
}

export interface FacetedResult {
  /** Indexes into the candidate list of those passing every filter, in candidate order. */
  passing: Int32Array;
  facets: SearchFacets;
}

/**
 * One pass over the text query's candidates. A candidate failing no filter passes and counts in
 * every facet; one failing exactly one filter counts only in that facet, because each facet's
 * counts apply every filter but its own (so a user sees what switching that filter would give).
 */
export function computeFacets(index: SearchIndex, candidates: Int32Array, filters: ActiveFilters): FacetedResult {
  const { source, kind, region, horizon, origin, authorStart, authorIds } = index.docFacets;
  const table = (f: FacetName): Uint8Array | null => {
    const wanted = filters[f];
    if (!wanted) return null;
    const t = new Uint8Array(index.facets[f].values.length);
    for (const id of wanted) t[id] = 1;
    return t;
  };
  // Per facet, a table of accepted value ids, so a check is one array read.
  const aSource = table('source');
  const aAuthor = table('author');
  const aKind = table('kind');
  const aRegion = table('region');
  const aHorizon = table('horizon');
  const aOrigin = table('origin');
  const counter = (f: FacetName): Uint32Array => new Uint32Array(index.facets[f].values.length);
  const counts: Record<FacetName, Uint32Array> = {
    source: counter('source'), author: counter('author'), kind: counter('kind'), region: counter('region'), horizon: counter('horizon'), origin: counter('origin'),
  };
  const { source: cSource, author: cAuthor, kind: cKind, region: cRegion, horizon: cHorizon, origin: cOrigin } = counts;
  const SOURCE = 1, AUTHOR = 2, KIND = 4, REGION = 8, HORIZON = 16, ORIGIN = 32, ALL = 63;
  const single = (value: number, accept: Uint8Array | null, bit: number): number =>
    accept === null || (value >= 0 && accept[value] === 1) ? 0 : bit;
  const { passing } = scratchFor(index);
  let n = 0;
  // Hot loop over every candidate of the text query: plain array reads, no allocation.
  for (let i = 0; i < candidates.length; i++) {
    const doc = candidates[i] as number;
    const s = source[doc] as number;
    const k = kind[doc] as number;
    const r = region[doc] as number;
    const h = horizon[doc] as number;
    const o = origin[doc] as number;
    const a0 = authorStart[doc] as number;
    const a1 = authorStart[doc + 1] as number;
    let failed = single(s, aSource, SOURCE) | single(k, aKind, KIND) | single(r, aRegion, REGION) | single(h, aHorizon, HORIZON) | single(o, aOrigin, ORIGIN);
    if (aAuthor !== null) {
      let ok = false;
      for (let a = a0; a < a1 && !ok; a++) ok = aAuthor[authorIds[a] as number] === 1;
      if (!ok) failed |= AUTHOR;
    }
    // Count in every facet when nothing failed, else only in the one facet that failed.
    const countIn = failed === 0 ? ALL : (failed & (failed - 1)) === 0 ? failed : 0;
    if (countIn === 0) continue;
    if (failed === 0) passing[n++] = i;
    if (countIn & SOURCE && s >= 0) cSource[s] = (cSource[s] as number) + 1;
    if (countIn & KIND && k >= 0) cKind[k] = (cKind[k] as number) + 1;
    if (countIn & REGION && r >= 0) cRegion[r] = (cRegion[r] as number) + 1;
    if (countIn & HORIZON && h >= 0) cHorizon[h] = (cHorizon[h] as number) + 1;
    if (countIn & ORIGIN && o >= 0) cOrigin[o] = (cOrigin[o] as number) + 1;
    if (countIn & AUTHOR) {
      for (let a = a0; a < a1; a++) {
        const v = authorIds[a] as number;
        cAuthor[v] = (cAuthor[v] as number) + 1;
      }
    }
  }
  const list = (facet: FacetName): FacetCount[] => {
    const selected = filters[facet] ?? new Set<number>();
    const c = counts[facet];
    return index.facets[facet].values
      .map((v, id) => ({ ...v, count: c[id] ?? 0, id }))
      .filter((v) => v.count > 0 || selected.has(v.id))
      .sort((a, b) => b.count - a.count || a.id - b.id)
      .map(({ value, label, count }) => ({ value, label, count }));
  };
  return {
    passing: passing.subarray(0, n),
    facets: { source: list('source'), author: list('author'), kind: list('kind'), region: list('region'), horizon: list('horizon'), origin: list('origin') },
  };
}
