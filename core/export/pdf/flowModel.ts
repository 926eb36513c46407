import type { FontKey } from './fonts';
import type { LaidLine } from './lineModel';

/** A line ready for pagination: its height and what must travel with it. */
export interface FlowLine {
  line: LaidLine;
  /** Line height (leading); the baseline sits `ascent` below the line's top. */
  height: number;
  ascent: number;
  /** Space above, dropped at the top of a page. */
  spaceBefore: number;
  /** Space above kept even at the top of a page (the inside of a box). */
  padBefore: number;
  noteRefs: number[];
  /** Drawn at the start of the line: list bullet or number, note number. */
  label?: { text: string; font: FontKey; size: number; x: number; align: 'left' | 'right' };
  /** Drawn flush right on the line: a recommendation's horizon. */
  aside?: { text: string; font: FontKey; size: number };
  colour?: string;
}

export type BlockRole = 'heading' | 'paragraph' | 'quote' | 'excerpt' | 'recommendation' | 'listItem' | 'bibliography';

export interface FlowBlock {
  role: BlockRole;
  lines: FlowLine[];
  /** Headings stay with the block after them. */
  keepWithNext: boolean;
  /** Short boxed blocks are not split across pages. */
  keepTogether: boolean;
  box?: 'recommendation' | 'excerpt';
  heading?: { level: 1 | 2 | 3; text: string; id: string };
  /** Tag for the PDF structure tree. */
  tag: 'H1' | 'H2' | 'H3' | 'P' | 'BlockQuote' | 'LI';
}
