import type { ExcerptDraft, RecommendationDraft } from './excerptDraft';
import type { Anomaly, FootnoteText, SourceLine } from './pipelineTypes';

/** What a profile hands to the shared stages: clean body lines plus the source's footnotes. */
export interface PreparedSource {
  lines: SourceLine[];
  notes: FootnoteText[];
  anomalies: Anomaly[];
  /** Printed pages found (0 where the source prints none). */
  pages: number;
  /** Notes that no excerpt can carry, by marker, with the reason. */
  unattachedNotes?: Record<string, string>;
}

/**
 * How one seed text is laid out. Each source was extracted from a different layout (two-column
 * brief, double-spaced book, web page), so page marks, furniture and footnote blocks are read by
 * a profile per source; everything after `prepare` (paragraphs, hyphens, markers, sections,
 * recommendations, IDs) is shared.
 */
export interface SourceProfile {
  sourceId: string;
  file: string;
  /**
   * `blank`: blank lines separate paragraphs. `width`: blank lines carry no meaning (double
   * spacing) and a paragraph ends on a short line ending a sentence.
   */
  paragraphMode: 'blank' | 'width';
  /** Whether footnote numbering restarts in each part (a book) or runs through the document. */
  noteNumbering: 'part' | 'document';
  /** `*emphasis*` markup in the text (a markdown-flavoured extraction). */
  markdown: boolean;
  /** Lines longer than this were merged by the extractor, which dropped a line-end hyphen. */
  mergedLineWidth?: number;
  /** `width` mode: a blank line after a finished sentence ends the paragraph. */
  blankEndsParagraph?: boolean;
  prepare(lines: SourceLine[]): PreparedSource;
  /** The recommendation blocks the document prints, found among its excerpts. */
  recommendations(excerpts: ExcerptDraft[]): RecommendationDraft[];
}
