import { $getRoot, $getSelection, $insertNodes, $isRangeSelection, $createParagraphNode, type LexicalEditor } from 'lexical';
import { $createNoteMarkerNode, type NoteMarker } from './nodes/NoteMarkerNode';

/**
 * Puts a note marker at the cursor: a citation of a library passage from the user's own
 * sentence, or a free-text footnote. Without a cursor in the text, it goes in a new last paragraph.
 */
export function insertNoteMarker(editor: LexicalEditor, marker: NoteMarker): void {
  editor.update(() => {
    const node = $createNoteMarkerNode(marker);
    const selection = $getSelection();
    if ($isRangeSelection(selection)) {
      $insertNodes([node]);
    } else {
      const p = $createParagraphNode();
      p.append(node);
      $getRoot().append(p);
    }
  });
  editor.focus();
}
