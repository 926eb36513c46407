import { $createParagraphNode, $getRoot, $getSelection, $insertNodes, $isRangeSelection, type LexicalEditor } from 'lexical';
import type { LibraryItem } from '../../core/library/types';
import { $createExcerptNode } from './nodes/ExcerptNode';
import { $createRecommendationNode } from './nodes/RecommendationNode';

/**
 * Inserts a library item at the cursor (or at the end when the editor has no selection) as a
 * locked block carrying a copy of its text; one undo step removes it again.
 */
export function insertLibraryBlock(editor: LexicalEditor, item: LibraryItem): void {
  editor.update(() => {
    const ref = { id: item.id, text: item.text, sourceText: item.text, adapted: false };
    const node = item.kind === 'excerpt' ? $createExcerptNode(ref) : $createRecommendationNode(ref);
    const selection = $getSelection();
    if ($isRangeSelection(selection)) {
      $insertNodes([node]);
    } else {
      $getRoot().append(node);
    }
    // Leave a paragraph after the block so the user can keep typing.
    if (!node.getNextSibling()) node.insertAfter($createParagraphNode());
  });
  editor.focus();
}
