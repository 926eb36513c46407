import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, COMMAND_PRIORITY_HIGH, DRAGOVER_COMMAND, DROP_COMMAND, $setSelection } from 'lexical';
import { fetchLibraryItem } from '../../api/libraryItems';
import { insertLibraryBlock } from '../insertLibraryBlock';

export const LIBRARY_DRAG_TYPE = 'application/x-briefpack-item';

/** Dropping a library result on the text inserts it as a block where it was dropped. */
export function LibraryDropPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const offOver = editor.registerCommand(
      DRAGOVER_COMMAND,
      (event) => {
        if (!event.dataTransfer?.types.includes(LIBRARY_DRAG_TYPE)) return false;
        event.preventDefault();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );
    const offDrop = editor.registerCommand(
      DROP_COMMAND,
      (event) => {
        const id = event.dataTransfer?.getData(LIBRARY_DRAG_TYPE);
        if (!id) return false;
        event.preventDefault();
        const target = event.target instanceof Node ? event.target : null;
        void fetchLibraryItem(id).then((view) => {
          let afterKey: string | null = null;
          editor.update(() => {
            const node = target ? $getNearestNodeFromDOMNode(target) : null;
            afterKey = node ? node.getTopLevelElementOrThrow().getKey() : null;
            $setSelection(null);
          });
          insertLibraryBlock(editor, view.item, afterKey);
        });
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );
    return () => {
      offOver();
      offDrop();
    };
  }, [editor]);
  return null;
}
