import type { Excerpt, Recommendation } from '../library/types';

/** What the user asked for: free text plus facet filters. */
export interface SearchQuery {
  /** Free text; words in double quotes must occur as an exact phrase. Empty lists in reading order. */
  text: string;
  kind?: 'excerpt' | 'recommendation';
  sourceId?: string;
  /** An author's display name ("Frederic Wehrey") or family name ("Wehrey"); case and accents ignored. */
  author?: string;
  region?: string;
  horizon?: string;
  /** Hits per page; 20 unless given. */
  limit?: number;
  offset?: number;
}

export interface FacetCount {
  /** What to pass back as the filter value. */
  value: string;
  /** What to show. */
  label: string;
  count: number;
}

export interface SearchFacets {
  source: FacetCount[];
  author: FacetCount[];
  kind: FacetCount[];
  region: FacetCount[];
  horizon: FacetCount[];
}

export type FacetName = keyof SearchFacets;

export interface Snippet {
  text: string;
  /** [start, end) offsets into `text`. */
  highlights: [number, number][];
}

export interface SearchHit {
  id: string;
  kind: 'excerpt' | 'recommendation';
  sourceId: string;
  partId: string;
  score: number;
  /** The full verbatim text of the item. */
  text: string;
  snippet: Snippet;
  section: string[];
  /** As it would print in a note: "12", or "Innermost Section, para. 3". */
  locator: string;
}

export interface SearchResponse {
  total: number;
  /** 'any' when no item had every word and the hits have some of them (say so to the user). */
  matched: 'all' | 'any';
  hits: SearchHit[];
  facets: SearchFacets;
}

export type IndexedItem = Excerpt | Recommendation;
