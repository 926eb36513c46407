import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerNoteNumbering, useNoteNumbers } from '../noteNumbers';

/**
 * Numbers notes live, exactly as the exporters will (core's noteSites), and renumbers after
 * any change that can reorder them: new or deleted markers and blocks, section moves, paste,
 * undo and redo.
 */
export function NoteNumberingPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      registerNoteNumbering(editor, (numbers) => {
        const prev = useNoteNumbers.getState().numbers;
        const keys = Object.keys(numbers);
        const same = Object.keys(prev).length === keys.length && keys.every((k) => prev[k] === numbers[k]);
        if (!same) useNoteNumbers.getState().set(numbers);
      }),
    [editor],
  );
  return null;
}
