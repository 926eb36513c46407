import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { $isNoteMarkerNode, NoteMarkerNode } from '../nodes/NoteMarkerNode';
import { ExcerptNode } from '../nodes/ExcerptNode';
import { RecommendationNode } from '../nodes/RecommendationNode';
import { $isLibraryBlockNode } from '../nodes/LibraryBlockNode';
import { useNoteNumbers } from '../../state/noteNumbers';

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
    // Only blocks and markers that take a note number can change the numbering; plain typing
    // never does, so it costs nothing here (a full walk per keystroke showed in the benchmark).
    const offs = [NoteMarkerNode, ExcerptNode, RecommendationNode].map((klass) =>
      editor.registerMutationListener(klass, recompute, { skipInitialization: true }),
    );
    return () => offs.forEach((off) => off());
  }, [editor]);
  return null;
}
