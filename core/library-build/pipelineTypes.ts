/** Internal shapes the build passes between its stages (not part of the built library). */

/** One line of a source text, with what the earlier stages learnt about it. */
export interface SourceLine {
  /** 1-based line number in the seed file. */
  no: number;
  text: string;
  /** Printed page the line sits on, where the source lets us determine it. */
  page?: number;
  /** True for the first line of a page (or of a column where the profile says so). */
  pageStart?: boolean;
  /** Part (chapter, paper) the line belongs to. */
  partId?: string;
  /** Forces a paragraph break before this line (set by profiles and reading-order repairs). */
  breakBefore?: boolean;
  /** Heading level where a profile or the detector decided the line is a heading. */
  heading?: number;
  /** The paragraph starting here is outside every heading above it (the end of a summary box). */
  resetSections?: boolean;
  /** Body line narrowed by a pull quote beside it: its shortness says nothing about a paragraph end. */
  narrow?: boolean;
}

/** A footnote of the source: its marker, text, and the part whose numbering it belongs to. */
export interface FootnoteText {
  partKey: string;
  marker: string;
  text: string;
  page?: number;
}

/** A paragraph or heading assembled from lines. */
export interface Block {
  kind: 'heading' | 'para';
  level: number;
  resetSections?: boolean;
  text: string;
  partId: string;
  pages: number[];
  /** First seed line, for anomaly messages. */
  line: number;
  /** Lines the block came from (to locate page breaks in recommendations). */
  lineNos: number[];
}

export interface Anomaly {
  sourceId: string;
  kind: string;
  message: string;
  /** Present when the anomaly is understood and accepted. */
  reason?: string;
}
