import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createParagraphNode, $getRoot, $isParagraphNode, HISTORY_MERGE_TAG, type LexicalNode } from 'lexical';
import { $isHeadingNode } from '@lexical/rich-text';
import { $isListNode } from '@lexical/list';
import { $isGuidanceNode } from '../nodes/GuidanceNode';

/**
 * Where the caret goes when a pack opens: the first paragraph the user can write in, so typing
 * starts at once instead of after a long walk of Tabs. A template has only headings and
 * guidance, so a pack that was never saved gets an empty paragraph under its first section's
 * guidance; a saved pack is never changed just by opening it (the caret goes after the first
 * heading then).
 */
export function $placeCaretForWriting(mayAddParagraph: boolean): void {
  const blocks = $getRoot().getChildren();
  const writable = blocks.find((b) => $isParagraphNode(b) || $isListNode(b));
  if (writable) {
    if ($isListNode(writable)) writable.getFirstDescendant()?.selectStart();
    else writable.selectStart();
    return;
  }
  const first = blocks.findIndex((b) => $isHeadingNode(b));
  if (first < 0 || !mayAddParagraph) {
    (blocks[first] ?? blocks[0])?.selectEnd();
    return;
  }
  let after: LexicalNode = blocks[first]!;
  while ($isGuidanceNode(after.getNextSibling())) after = after.getNextSibling()!;
  const paragraph = $createParagraphNode();
  after.insertAfter(paragraph);
  paragraph.select();
}

export function CaretOnOpenPlugin({ isNew }: { isNew: boolean }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editor.update(() => $placeCaretForWriting(isNew), { tag: HISTORY_MERGE_TAG });
    editor.focus();
    // Once per pack: the editor remounts for each pack opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);
  return null;
}
