import type { FontKey } from './fonts';

/**
 * The exporter's own line model. Text is measured and broken into lines before anything is
 * drawn, so pagination can see every line's height and note markers; pdfkit only paints.
 */

/** A stretch of one font, size and baseline shift. */
export interface Seg {
  text: string;
  font: FontKey;
  size: number;
  /** Upward shift of the baseline (superscript markers). */
  rise: number;
  width: number;
}

/** What sits between two break opportunities; its segments are drawn without spaces. */
export interface Word {
  segs: Seg[];
  width: number;
  /** Note numbers whose markers this word carries. */
  noteRefs: number[];
  /** Width of the space that follows, in the font of the last segment. */
  space: number;
}

export interface LaidLine {
  words: Word[];
  /** Offset from the text area's left edge, and the measure the line was set to. */
  x: number;
  width: number;
  justify: boolean;
}

/** Width in points of `text` set in `font` at `size`. */
export type Measure = (font: FontKey, size: number, text: string) => number;

export function wordsWidth(words: readonly Word[]): number {
  let w = 0;
  for (let i = 0; i < words.length; i++) w += words[i]!.width + (i < words.length - 1 ? words[i]!.space : 0);
  return w;
}
