import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND, mergeRegister } from 'lexical';
import { EDIT_NOTE_COMMAND } from '../editorCommands';
import { $noteMarkerBeforeCaret, editNote, insertFootnote } from '../noteEditing';

/**
 * Notes from the keyboard: Ctrl+Alt+F adds a footnote (Word's key; Ctrl+F stays Find), and
 * Ctrl+Alt+N edits the note just before the caret (a citation's locator, a footnote's text).
 */
export function NoteKeyboardPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          EDIT_NOTE_COMMAND,
          (key) => {
            void editNote(editor, key);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!(event.ctrlKey || event.metaKey) || !event.altKey) return false;
            if (event.code === 'KeyF') {
              event.preventDefault();
              void insertFootnote(editor);
              return true;
            }
            if (event.code === 'KeyN') {
              event.preventDefault();
              const key = $noteMarkerBeforeCaret();
              if (key) void editNote(editor, key);
              return true;
            }
            return false;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}
