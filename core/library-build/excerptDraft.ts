import type { Locator, SourceNote } from '../library/types';

/** An excerpt before IDs are given: what recommendation finders look at. */
export interface ExcerptDraft {
  partId: string;
  text: string;
  notes: SourceNote[];
  locator: Locator;
  /** Headings above the excerpt, outermost first, without the part title. */
  headings: string[];
  line: number;
  /** The list marker the paragraph starts with as printed ("•", "-", "12.", "ii."), if any. */
  listMarker?: string;
  /** Page of each seed line of the excerpt (for lists split across pages). */
  lineNos: number[];
}

export interface RecommendationDraft {
  number?: string;
  heading: string;
  region?: string;
  theme?: string;
  horizon?: string;
  addressee?: string;
  text: string;
  /** Index of the excerpt it belongs to, within the source's excerpts. */
  excerpt: number;
  /** Other excerpts printing the same recommendation (an executive summary, say). */
  alsoIn?: number[];
}
