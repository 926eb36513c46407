import type { Settings } from '../pack/schema';

/**
 * What the exporters receive: the presentation model of one document. core/prepare decides
 * every printed string (labels, adapted marks, note text, contents entries, the bibliography)
 * and which furniture the pack's template has; the DOCX and PDF writers only lay it out, so
 * the two formats cannot disagree about what the document says (see core/prepare/prepareExport.ts).
 */

export interface Styled {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type ExportInline =
  | ({ kind: 'text' } & Styled)
  /** A note marker; `separator` is printed (raised, like the number) before a marker that directly follows another. */
  | { kind: 'noteRef'; n: number; separator?: string };

export type ExportBlock =
  /** `anchor` is the heading's place among the document's headings, from 1: contents entries point at it. */
  | { kind: 'heading'; level: 1 | 2 | 3; anchor: number; inlines: ExportInline[] }
  | { kind: 'paragraph'; inlines: ExportInline[] }
  | { kind: 'quote'; inlines: ExportInline[] }
  | { kind: 'list'; ordered: boolean; items: ExportInline[][] }
  /** A library quotation; an adapted one already carries its "[adapted]" mark before its note marker. */
  | { kind: 'excerpt'; inlines: ExportInline[] }
  /** `label` is the printed heading ("Recommendation 3: Sahel"), `horizon` its aside ("Short term"). */
  | { kind: 'recommendation'; label: string; horizon?: string; inlines: ExportInline[] }
  /** A section's speaking time under its heading ("Speaking time: 45 s"), for talking points. */
  | { kind: 'speakingTime'; text: string }
  | { kind: 'bibliographyEntry'; runs: Styled[] };

export interface ExportNote {
  n: number;
  runs: Styled[];
}

/** Title, subtitle and the labelled details (From, For, Date), on a cover or in a header block. */
export interface FrontMatter {
  title: string;
  subtitle: string;
  details: { label: string; value: string }[];
}

/** The page furniture the pack's template calls for. */
export interface Furniture {
  /** Front matter on a page of its own; otherwise a header block opens the first page. */
  cover: boolean;
  /** Running title in the header of every page but the cover. */
  runningTitle: string;
  /** Protective marking at the top and bottom of every page; undefined when the pack has none. */
  marking?: string;
  /** A DRAFT watermark on every page. */
  watermark?: string;
  /** "Page 3 of 7": the words around the two numbers. */
  folio: { before: string; between: string };
}

export interface ContentsEntry {
  level: 1 | 2;
  text: string;
  /** The `anchor` of the heading the entry lists. */
  anchor: number;
}

/** The contents page; absent when the template has none or the pack has no headings. */
export interface Contents {
  title: string;
  entries: ContentsEntry[];
}

export interface ExportDoc {
  meta: { title: string; author: string; subject: string };
  furniture: Furniture;
  front: FrontMatter;
  contents?: Contents;
  /** The body, the bibliography (its heading and entries) included. */
  blocks: ExportBlock[];
  notes: ExportNote[];
}

/** How a writer renders the document, beside it rather than in it: paper and the file's date. */
export interface WriterOptions {
  paper: Settings['paper'];
  /** Stamped as the file's creation date, so the same document gives the same bytes. */
  createdAt: Date;
}

/** A heading's text as the contents and bookmarks show it: its words, note markers left out. */
export function headingText(inlines: readonly ExportInline[]): string {
  return inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('').trim();
}
