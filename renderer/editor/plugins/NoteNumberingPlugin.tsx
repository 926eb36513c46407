import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { $isNoteMarkerNode } from '../nodes/NoteMarkerNode';
import { $isLibraryBlockNode } from '../nodes/LibraryBlockNode';
import { useNoteNumbers } from '../noteNumbers';

/**
 * Numbers notes live, in reading order, exactly as the exporters will: every note marker and
 * every library block takes the next number.
 */
export function NoteNumberingPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const recompute = () =>
      editor.getEditorState().read(() => {
        const numbers: Record<string, number> = {};
        let n = 0;
        const walk = (node: LexicalNode) => {
          if ($isNoteMarkerNode(node) || $isLibraryBlockNode(node)) numbers[node.getKey()] = ++n;
          else if ($isElementNode(node)) node.getChildren().forEach(walk);
        };
        walk($getRoot());
        const prev = useNoteNumbers.getState().numbers;
        const same = Object.keys(prev).length === n && Object.entries(numbers).every(([k, v]) => prev[k] === v);
        if (!same) useNoteNumbers.getState().set(numbers);
      });
    recompute();
    return editor.registerUpdateListener(recompute);
  }, [editor]);
  return null;
}
