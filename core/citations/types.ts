import type { NoteLocator } from '../pack/noteLocator';

/** The typed place a note cites: the pack stores it, so its schema lives with the pack model. */
export type { NoteLocator } from '../pack/noteLocator';

/** What the citation formatter produces: text runs with the styling Chicago needs. */
export interface StyledRun {
  text: string;
  italic?: boolean;
}

/** One note in reading order: a citation of a library item, or the user's own text. */
export type NoteRequest =
  | {
      kind: 'cite';
      /** CSL item id: a library part (chapter, paper) or a whole source. */
      itemId: string;
      locator?: NoteLocator;
      /** The quotation was adapted by the user: the note says "Adapted from". */
      adapted?: boolean;
    }
  | { kind: 'text'; text: string };

export interface ResolveOptions {
  /** Use "Ibid." for a citation of the same item as the immediately preceding note. */
  ibid: boolean;
}

export interface ResolvedCitations {
  /** notes[i] is note number i + 1. */
  notes: StyledRun[][];
  /** One entry per work cited, sorted as Chicago sorts a bibliography. */
  bibliography: StyledRun[][];
}
