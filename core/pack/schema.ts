import * as z from 'zod';
import { NoteLocator } from './noteLocator';

/**
 * The pack model: Briefpack's own document model, independent of Lexical. A `.briefpack` file
 * is `{ format: "briefpack", version, pack }` (see docs/pack-format.md).
 */

export const PACK_FORMAT = 'briefpack';
/** 2: a citation's locator is typed (page, paragraph, section) instead of free text (m002). */
export const CURRENT_VERSION = 2;

export const Marking = z.enum(['NONE', 'OFFICIAL', 'OFFICIAL-SENSITIVE', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET']);
export type Marking = z.infer<typeof Marking>;
/** What an unreadable marking becomes: a marking is never lowered by a repair, only raised. */
export const MOST_RESTRICTIVE_MARKING: Marking = 'SECRET';

export const Cover = z.object({
  title: z.string(),
  subtitle: z.string().default(''),
  author: z.string().default(''),
  date: z.string().default(''),
  recipient: z.string().default(''),
  marking: Marking.default('OFFICIAL'),
  draft: z.boolean().default(true),
});
export type Cover = z.infer<typeof Cover>;

export const Settings = z.object({
  paper: z.enum(['a4', 'letter']).default('a4'),
  ibid: z.boolean().default(false),
  bibliography: z.boolean().default(true),
  wordsPerMinute: z.number().int().min(60).max(300).default(140),
});
export type Settings = z.infer<typeof Settings>;

/** A library passage as the pack holds it: by ID, with a copy of what was inserted. */
export const LibraryRef = z.object({
  /** Stable library ID (see core/library/README.md). */
  id: z.string().min(1),
  /** The text as inserted (or as adapted by the user). */
  text: z.string(),
  /** The library text at insertion, to detect edits and library changes. */
  sourceText: z.string(),
  /** True once the user unlocked and adapted the text; the note then says "adapted from". */
  adapted: z.boolean().default(false),
});
export type LibraryRef = z.infer<typeof LibraryRef>;

export const TextRun = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export type TextRun = z.infer<typeof TextRun>;

/** A note marker in the user's own sentence that cites a library passage. */
export const CiteRun = z.object({
  type: z.literal('cite'),
  ref: z.string().min(1),
  /** The place cited, overriding the passage's own: a page, a paragraph or a section. */
  locator: NoteLocator.optional(),
  /**
   * A place typed in a version 1 pack that could not be read as a locator: kept so nothing is
   * lost, printed nowhere. The note cites the passage's own place and export warns until the
   * user types the place again.
   */
  unreadLocator: z.string().optional(),
});
export type CiteRun = z.infer<typeof CiteRun>;

/** A free-text footnote written by the user. */
export const FootnoteRun = z.object({
  type: z.literal('footnote'),
  text: z.string(),
});
export type FootnoteRun = z.infer<typeof FootnoteRun>;

export const Inline = z.discriminatedUnion('type', [TextRun, CiteRun, FootnoteRun]);
export type Inline = z.infer<typeof Inline>;

export const HeadingBlock = z.object({
  type: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  children: z.array(Inline),
});
export const ParagraphBlock = z.object({
  type: z.literal('paragraph'),
  children: z.array(Inline),
  /** Template guidance: shown greyed in the editor, not exported. */
  guidance: z.boolean().optional(),
});
export const QuoteBlock = z.object({ type: z.literal('quote'), children: z.array(Inline) });
export const ListBlock = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(z.array(Inline)),
});
export const ExcerptBlock = z.object({ type: z.literal('excerpt'), ref: LibraryRef });
export const RecommendationBlock = z.object({ type: z.literal('recommendation'), ref: LibraryRef });

export const Block = z.discriminatedUnion('type', [
  HeadingBlock,
  ParagraphBlock,
  QuoteBlock,
  ListBlock,
  ExcerptBlock,
  RecommendationBlock,
]);
export type Block = z.infer<typeof Block>;
export type HeadingBlock = z.infer<typeof HeadingBlock>;
export type ParagraphBlock = z.infer<typeof ParagraphBlock>;
export type ListBlock = z.infer<typeof ListBlock>;
export type ExcerptBlock = z.infer<typeof ExcerptBlock>;
export type RecommendationBlock = z.infer<typeof RecommendationBlock>;

export const Pack = z.object({
  /** Template the pack was made from ("briefing-note"); informational. */
  template: z.string().default('blank'),
  cover: Cover,
  settings: Settings.default(Settings.parse({})),
  body: z.array(Block),
});
export type Pack = z.infer<typeof Pack>;

export const PackFile = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(CURRENT_VERSION),
  pack: Pack,
});
export type PackFile = z.infer<typeof PackFile>;
