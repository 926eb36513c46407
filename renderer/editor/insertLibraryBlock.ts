import { $createParagraphNode, $getNodeByKey, $getRoot, $getSelection, $insertNodes, $isRangeSelection, type LexicalEditor } from 'lexical';
import type { LibraryItem } from '../../core/library/types';
import { $createExcerptNode } from './nodes/ExcerptNode';
import { $createRecommendationNode } from './nodes/RecommendationNode';

/**
 * Inserts a library item after a given block, else at the cursor, else at the end, as a
 * locked block carrying a copy of its text (or of the sentences chosen from it, see
 * core/pack/quotation.ts); one undo step removes it again.
 */
export function insertLibraryBlock(editor: LexicalEditor, item: LibraryItem, afterKey: string | null = null, text: string = item.text): void {
  editor.update(() => {
    const ref = { id: item.id, text, sourceText: text, adapted: false };
    const node = item.kind === 'excerpt' ? $createExcerptNode(ref) : $createRecommendationNode(ref);
    const selection = $getSelection();
    const after = afterKey ? $getNodeByKey(afterKey) : null;
    if (after) {
      after.insertAfter(node);
    } else if ($isRangeSelection(selection)) {
      $insertNodes([node]);
    } else {
      $getRoot().append(node);
    }
    // Leave a paragraph after the block so the user can keep typing.
    if (!node.getNextSibling()) node.insertAfter($createParagraphNode());
  });
  editor.focus();
}
