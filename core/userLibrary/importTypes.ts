import type { CslItem } from '../citations/csl';
export type { ImportNote, ImportReport } from '../library/userSourceFile';

/** One line of a PDF page as the text layer gives it, top of the page first. */
export interface PdfLine {
  text: string;
  /** Left edge and baseline, in PDF points from the page's bottom-left corner. */
  x: number;
  y: number;
  /** Font size (glyph height) in points; headings and notes are told apart by it. */
  size: number;
}

export interface PdfPage {
  /** 1-based position in the file. */
  index: number;
  height: number;
  lines: PdfLine[];
}

/** A paragraph as a word processor stores it: its style name and its text. */
export interface DocParagraph {
  /** Heading level 1-6, or 0 for body text. */
  headingLevel: number;
  text: string;
  /** The document's title (Word's "Title" style): a metadata hint, not a section. */
  title?: boolean;
  /** Footnotes the paragraph refers to, in order, with the numbers Word prints for them. */
  notes: { marker: string; text: string }[];
}

/** What the host knows about the file before the content is read. */
export interface ImportInput {
  fileName: string;
  /** Hex SHA-256 of the file's bytes (computed by the host): the source ID comes from it. */
  contentHash: string;
  /** Metadata given beside the file (Zotero / pandoc CSL-JSON); guessed where absent. */
  csl?: CslItem;
}
