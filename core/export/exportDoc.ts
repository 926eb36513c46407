import type { Cover, Settings } from '../pack/schema';

/**
 * What the exporters receive: the pack with citations already resolved into numbered notes,
 * so DOCX and PDF cannot disagree on numbering or wording (see core/prepare/prepareExport.ts).
 */

export interface Styled {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type ExportInline = ({ kind: 'text' } & Styled) | { kind: 'noteRef'; n: number };

export type ExportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; inlines: ExportInline[] }
  | { kind: 'paragraph'; inlines: ExportInline[] }
  | { kind: 'quote'; inlines: ExportInline[] }
  | { kind: 'list'; ordered: boolean; items: ExportInline[][] }
  /** A verbatim (or adapted) library quotation; its note marker is the last inline. */
  | { kind: 'excerpt'; inlines: ExportInline[]; adapted: boolean }
  | {
      kind: 'recommendation';
      number?: string;
      heading: string;
      horizon?: string;
      inlines: ExportInline[];
      adapted: boolean;
    };

export interface ExportNote {
  n: number;
  runs: Styled[];
}

export interface ExportDoc {
  cover: Cover;
  settings: Settings;
  meta: { title: string; author: string; subject: string; createdAt: Date };
  blocks: ExportBlock[];
  notes: ExportNote[];
  /** Empty when the pack turns the bibliography off or cites nothing. */
  bibliography: Styled[][];
}
