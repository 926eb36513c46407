import type { ImportBlock } from './blocks';
import { blocksToExcerpts } from './blocksToExcerpts';
import type { ImportInput } from './importTypes';
import type { ImportNote, ImportReport, UserSourceFile } from '../library/userSourceFile';
import { userSourceId } from './sourceIdentity';
import { librarySourceFor, resolveMetadata, type FileHints } from './sourceMetadata';

export interface Cleaned {
  format: ImportReport['format'];
  blocks: ImportBlock[];
  pageNumbers: ImportReport['pageNumbers'];
  /** Printed pages found (0 without pages). */
  pages: number;
  notes: ImportNote[];
  hints: FileHints;
}

/** The library-folder file for one imported document: metadata, excerpts and the report. */
export function assembleSource(input: ImportInput, cleaned: Cleaned): UserSourceFile {
  const sourceId = userSourceId(input.contentHash);
  const firstHeading = cleaned.blocks.find((b) => b.kind === 'heading')?.text;
  const hints: FileHints = { ...cleaned.hints, ...(cleaned.hints.title || !firstHeading ? {} : { title: firstHeading }) };
  const { csl, guessed } = resolveMetadata(sourceId, input.fileName, input.csl, hints);
  const excerpts = blocksToExcerpts(sourceId, cleaned.blocks);
  const file = librarySourceFor(sourceId, input.fileName, csl, cleaned.pages);
  return {
    format: 'briefpack-source',
    version: 1,
    contentHash: input.contentHash,
    source: file,
    excerpts,
    guessed,
    report: { file: file.file, format: cleaned.format, pageNumbers: cleaned.pageNumbers, excerpts: excerpts.length, notes: cleaned.notes, guessed },
  };
}
