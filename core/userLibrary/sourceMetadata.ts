import type { CslItem, CslName } from '../citations/csl';
import type { LibrarySource } from '../library/types';

/** What the file itself says about its work (PDF document info, a first heading). */
export interface FileHints {
  title?: string;
  author?: string;
  /** Year the file says it was made, if it says. */
  year?: number;
}

export interface ResolvedMetadata {
  csl: CslItem;
  /** CSL fields filled from the file rather than given: the form marks them until confirmed. */
  guessed: string[];
}

/** "NATO_report-2024 final.pdf" -> "NATO report 2024 final". */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return base.replace(/[_]+/g, ' ').replace(/\s*-\s*/g, ' ').replace(/\s+/g, ' ').trim() || 'Untitled source';
}

function authorName(text: string): CslName {
  const parts = text.trim().split(/\s+/);
  // "Julian Seward" -> given + family; one word or an organisation stays literal.
  if (parts.length === 2 || parts.length === 3) return { given: parts.slice(0, -1).join(' '), family: parts[parts.length - 1] as string };
  return { literal: text.trim() };
}

/**
 * The CSL item a user source is cited with. Given metadata wins field by field; what is missing
 * is taken from the file (marked guessed); the item's ID is always the source ID, so notes and
 * the library agree, and the ID the metadata came with is kept as `citation-key`.
 */
export function resolveMetadata(sourceId: string, fileName: string, given: CslItem | undefined, hints: FileHints): ResolvedMetadata {
  const guessed: string[] = [];
  const csl: CslItem = { ...(given ?? { id: sourceId, type: 'report' }), id: sourceId };
  if (given && given.id !== sourceId && csl['citation-key'] === undefined) csl['citation-key'] = given.id;
  if (!given) guessed.push('type');
  if (!csl.title) {
    csl.title = hints.title?.trim() || titleFromFileName(fileName);
    guessed.push('title');
  }
  if (!csl.author?.length && !csl.editor?.length && hints.author?.trim()) {
    csl.author = hints.author.split(/\s*(?:;|,| and )\s*/).filter(Boolean).map(authorName);
    guessed.push('author');
  }
  if (!csl.issued && hints.year) {
    csl.issued = { 'date-parts': [[hints.year]] };
    guessed.push('issued');
  }
  return { csl, guessed };
}

export function librarySourceFor(sourceId: string, fileName: string, csl: CslItem, pages: number): LibrarySource {
  return { id: sourceId, file: fileName.replace(/^.*[\\/]/, ''), title: csl.title ?? titleFromFileName(fileName), csl, pages };
}
