import type { FontKey } from './fonts';

/** Sizes and leading in points, and the few colours; one place so pages stay consistent. */
export interface TextStyle {
  font: FontKey;
  size: number;
  leading: number;
}

export const BODY: TextStyle = { font: 'serif', size: 11, leading: 15 };
export const EXCERPT: TextStyle = { font: 'serif', size: 10.5, leading: 14.5 };
export const NOTE: TextStyle = { font: 'serif', size: 8.5, leading: 11 };
export const BIBLIOGRAPHY: TextStyle = { font: 'serif', size: 10, leading: 13.5 };
export const HEADINGS: Record<1 | 2 | 3, TextStyle & { before: number; after: number }> = {
  1: { font: 'sansBold', size: 15, leading: 19, before: 16, after: 4 },
  2: { font: 'sansBold', size: 12.5, leading: 16, before: 12, after: 3 },
  3: { font: 'serifBoldItalic', size: 11, leading: 15, before: 9, after: 1 },
};
export const SPEAKING_TIME: TextStyle = { font: 'serifItalic', size: 9.5, leading: 13 };
/** The header block that opens page one of a pack without a cover. */
export const HEADER_BLOCK = {
  title: { font: 'sansBold', size: 20, leading: 24 } as TextStyle,
  subtitle: { font: 'sans', size: 12.5, leading: 16 } as TextStyle,
  /** Space between the last detail line and the body. */
  after: 14,
};
/** Cover page: title, subtitle, detail labels and values. */
export const COVER = {
  title: { font: 'sansBold', size: 26, leading: 32 } as TextStyle,
  subtitle: { font: 'sans', size: 15, leading: 20 } as TextStyle,
  label: { font: 'sansBold', size: 8, leading: 12 } as TextStyle,
  value: { font: 'serif', size: 12.5, leading: 17 } as TextStyle,
};
export const FURNITURE: TextStyle = { font: 'sans', size: 8, leading: 10 };
export const MARKING: TextStyle = { font: 'sansBold', size: 9, leading: 11 };

/** Superscript note markers: smaller and raised, relative to the text size. */
export const MARKER_SCALE = 0.62;
export const MARKER_RISE = 0.36;

export const PARAGRAPH_GAP = 6;
export const QUOTE_INDENT = 28;
export const LIST_INDENT = 24;

export const COLOURS = {
  text: '#000000',
  muted: '#555555',
  rule: '#444444',
  recommendationFill: '#eaf0f6',
  recommendationRule: '#1f4e79',
  watermark: '#bbbbbb',
} as const;
