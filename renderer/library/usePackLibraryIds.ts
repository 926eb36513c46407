import { useEffect, useState } from 'react';
import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ExcerptNode } from '../editor/nodes/ExcerptNode';
import { RecommendationNode } from '../editor/nodes/RecommendationNode';
import { $isLibraryBlockNode } from '../editor/nodes/LibraryBlockNode';
import { $isNoteMarkerNode, NoteMarkerNode } from '../editor/nodes/NoteMarkerNode';

/**
 * The library ids the open pack already uses (quoted blocks and citations from the user's own
 * sentences), so the library can mark results that are in the pack. Recomputed only when a
 * library block or note marker is created, changed or removed, never on plain typing.
 */
export function usePackLibraryIds(): ReadonlySet<string> {
  const [editor] = useLexicalComposerContext();
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!editor) return;
    const read = () =>
      editor.getEditorState().read(() => {
        const found = new Set<string>();
        const walk = (node: LexicalNode) => {
          if ($isLibraryBlockNode(node)) found.add(node.getRef().id);
          else if ($isNoteMarkerNode(node)) {
            const m = node.getMarker();
            if (m.type === 'cite') found.add(m.ref);
          } else if ($isElementNode(node)) node.getChildren().forEach(walk);
        };
        walk($getRoot());
        setIds((prev) => (prev.size === found.size && [...found].every((id) => prev.has(id)) ? prev : found));
      });
    read();
    const offs = [ExcerptNode, RecommendationNode, NoteMarkerNode].map((klass) => editor.registerMutationListener(klass, read, { skipInitialization: true }));
    return () => offs.forEach((off) => off());
  }, [editor]);
  return ids;
}
