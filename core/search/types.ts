import * as z from 'zod';
import type { Excerpt, Recommendation } from '../library/types';

/**
 * What the user asked for and what search answers, as zod schemas: the API contract carries
 * these same shapes (core/api/contract.ts imports them), so search and its transport cannot drift.
 */

/** What the user asked for: free text plus facet filters. */
export const SearchQuery = z.object({
  /** Free text; words in double quotes must occur as an exact phrase. Empty lists in reading order. */
  text: z.string().max(500),
  kind: z.enum(['excerpt', 'recommendation']).optional(),
  sourceId: z.string().max(100).optional(),
  /** An author's display name ("Frederic Wehrey") or family name ("Wehrey"); case and accents ignored. */
  author: z.string().max(200).optional(),
  region: z.string().max(200).optional(),
  horizon: z.string().max(200).optional(),
  /** "mine" (sources the user imported) or "bundled" (the library shipped with Briefpack). */
  origin: z.enum(['mine', 'bundled']).optional(),
  /** Hits per page; 20 unless given. */
  limit: z.number().int().min(1).max(200).optional(),
  offset: z.number().int().min(0).optional(),
  /**
   * Each hit carries the item's whole text (the CLI's --json prints it). The library panel
   * leaves it out: it shows snippets and fetches the previewed item by id, and 50 whole
   * passages per keystroke are most of the answer's bytes.
   */
  withText: z.boolean().optional(),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const FacetCount = z.object({
  /** What to pass back as the filter value. */
  value: z.string(),
  /** What to show. */
  label: z.string(),
  count: z.number(),
});
export type FacetCount = z.infer<typeof FacetCount>;

export const SearchFacets = z.object({
  source: z.array(FacetCount),
  author: z.array(FacetCount),
  kind: z.array(FacetCount),
  region: z.array(FacetCount),
  horizon: z.array(FacetCount),
  origin: z.array(FacetCount),
});
export type SearchFacets = z.infer<typeof SearchFacets>;

export type FacetName = keyof SearchFacets;

export const Snippet = z.object({
  text: z.string(),
  /** [start, end) offsets into `text`. */
  highlights: z.array(z.tuple([z.number(), z.number()])),
});
export type Snippet = z.infer<typeof Snippet>;

export const SearchHit = z.object({
  id: z.string(),
  kind: z.enum(['excerpt', 'recommendation']),
  sourceId: z.string(),
  partId: z.string(),
  score: z.number(),
  /** The full verbatim text of the item, when the query asked `withText`. */
  text: z.string().optional(),
  snippet: Snippet,
  section: z.array(z.string()),
  /** Exactly as it prints in the item's note: "12", "118–19", "under “Summary,” para. 3". */
  locator: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResponse = z.object({
  total: z.number(),
  /** 'any' when no item had every word and the hits have some of them (say so to the user). */
  matched: z.enum(['all', 'any']),
  hits: z.array(SearchHit),
  facets: SearchFacets,
});
export type SearchResponse = z.infer<typeof SearchResponse>;

export type IndexedItem = Excerpt | Recommendation;
