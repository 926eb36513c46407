import { $createParagraphNode, $isParagraphNode, $getNodeByKey, $getRoot, $getSelection, $insertNodes, $isRangeSelection, type LexicalEditor } from 'lexical';
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
    // The caret goes after the block, in a paragraph, so the user keeps typing in their own
    // text (not at the start of the next heading); an empty one is added where there is none.
    const next = node.getNextSibling();
    if ($isParagraphNode(next)) next.selectStart();
    else node.insertAfter($createParagraphNode()).selectStart();
  });
  editor.focus();
}
