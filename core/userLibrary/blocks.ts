import type { SourceNote } from '../library/types';

/** The cleaned content of an imported document, in reading order, before it becomes excerpts. */
export type ImportBlock =
  | { kind: 'heading'; level: number; text: string }
  | {
      kind: 'paragraph';
      text: string;
      /** Printed page(s) the paragraph sits on ("12" or "12-13"); absent without pages. */
      page?: string;
      notes: SourceNote[];
    };
