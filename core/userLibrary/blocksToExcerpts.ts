import { createIdMaker } from '../library-build/ids';
import type { Excerpt } from '../library/types';
import type { ImportBlock } from './blocks';

/**
 * Excerpts from cleaned blocks: each paragraph with the path of headings above it and its
 * number within the innermost heading. IDs come from the source ID (itself from the file's
 * content hash) and the paragraph's text, by the same rule as the bundled library, so a
 * re-import of the same file yields the same IDs.
 */
export function blocksToExcerpts(sourceId: string, blocks: readonly ImportBlock[]): Excerpt[] {
  const makeId = createIdMaker(sourceId);
  const path: { level: number; text: string }[] = [];
  const excerpts: Excerpt[] = [];
  let paragraph = 0;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      while (path.length && (path[path.length - 1] as { level: number }).level >= block.level) path.pop();
      path.push({ level: block.level, text: block.text });
      paragraph = 0;
      continue;
    }
    const text = block.text.trim();
    if (!text) continue;
    paragraph += 1;
    excerpts.push({
      id: makeId('x', text),
      kind: 'excerpt',
      sourceId,
      partId: sourceId,
      order: excerpts.length,
      text,
      notes: block.notes,
      locator: { ...(block.page ? { page: block.page } : {}), section: path.map((h) => h.text), paragraph },
    });
  }
  return excerpts;
}
