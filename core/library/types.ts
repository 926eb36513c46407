import * as z from 'zod';
import { CslItem } from '../citations/csl';

/**
 * The built library (`assets/library/library.json`): what `briefpack library build` writes and
 * what every front door reads. See `core/library/README.md` for how IDs are made.
 */

/** Where a passage sits, as precisely as its source allows. */
export const Locator = z.object({
  /** Printed page(s), as printed: "12" or "12-13". Absent where the source has no page numbers. */
  page: z.string().optional(),
  /** Heading path inside the part, outermost first. */
  section: z.array(z.string()),
  /** 1-based paragraph number within its innermost section. */
  paragraph: z.number().int().positive(),
});
export type Locator = z.infer<typeof Locator>;

/** A footnote of the source, carried by the excerpt whose text referenced it. */
export const SourceNote = z.object({
  /** The number or symbol printed in the source ("1", "*"). */
  marker: z.string(),
  text: z.string(),
});
export type SourceNote = z.infer<typeof SourceNote>;

export const Excerpt = z.object({
  id: z.string().min(1),
  kind: z.literal('excerpt'),
  sourceId: z.string(),
  /** The part (chapter, paper, report) with its own author; equals sourceId for single works. */
  partId: z.string(),
  /** Position in the source's reading order, 0-based; for "read the whole source in order". */
  order: z.number().int().nonnegative(),
  text: z.string().min(1),
  notes: z.array(SourceNote),
  locator: Locator,
  /** IDs the passage had in earlier builds, before its text was corrected (see README.md). */
  formerIds: z.array(z.string().min(1)).optional(),
});
export type Excerpt = z.infer<typeof Excerpt>;

export const Recommendation = z.object({
  id: z.string().min(1),
  kind: z.literal('recommendation'),
  sourceId: z.string(),
  partId: z.string(),
  /** The printed number ("1", "3.2"), where the document numbers its recommendations. */
  number: z.string().optional(),
  /** Heading of the block: the region or theme the document files it under. */
  heading: z.string(),
  region: z.string().optional(),
  theme: z.string().optional(),
  horizon: z.string().optional(),
  addressee: z.string().optional(),
  text: z.string().min(1),
  /** The excerpt the recommendation belongs to (its first place in the document). */
  excerptId: z.string(),
  /** Every place the document prints it (an executive summary and the body, say). */
  locators: z.array(Locator).min(1),
  /** IDs the block had in earlier builds, before its text was corrected (see README.md). */
  formerIds: z.array(z.string().min(1)).optional(),
});
export type Recommendation = z.infer<typeof Recommendation>;

export const LibraryPart = z.object({
  id: z.string(),
  sourceId: z.string(),
  title: z.string(),
  csl: CslItem,
});
export type LibraryPart = z.infer<typeof LibraryPart>;

export const LibrarySource = z.object({
  id: z.string(),
  /** File name under assets/sources/. */
  file: z.string(),
  title: z.string(),
  csl: CslItem,
  /** Number of printed pages the build found, 0 where the source has none. */
  pages: z.number().int().nonnegative(),
});
export type LibrarySource = z.infer<typeof LibrarySource>;

export const Library = z.object({
  format: z.literal('briefpack-library'),
  version: z.literal(1),
  sources: z.array(LibrarySource),
  parts: z.array(LibraryPart),
  excerpts: z.array(Excerpt),
  recommendations: z.array(Recommendation),
});
export type Library = z.infer<typeof Library>;

export type LibraryItem = Excerpt | Recommendation;
