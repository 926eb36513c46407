import type { JSX } from 'react';
import type { LexicalEditor, NodeKey } from 'lexical';
import { useNoteNumbers } from '../../state/noteNumbers';
import { EDIT_NOTE_COMMAND } from '../editorCommands';
import type { NoteMarker } from './NoteMarkerNode';
import { useLibraryItem } from '../../api/libraryItems';

/** The superscript number; a click (or Ctrl+Alt+L with the caret after it) edits the note. */
export function NoteMarkerView({ editor, nodeKey, marker }: { editor: LexicalEditor; nodeKey: NodeKey; marker: NoteMarker }): JSX.Element {
  const n = useNoteNumbers((s) => s.numbers[nodeKey]);
  const cited = useLibraryItem(marker.type === 'cite' ? marker.ref : null).data;
  const title =
    marker.type === 'cite'
      ? `Cites ${cited ? cited.sourceTitle : 'a library passage'}${marker.locator ? `, ${marker.locator}` : ''}. Click to change the locator.`
      : `Note: ${marker.text}. Click to change it.`;
  return (
    <sup className={`bp-note bp-note-${marker.type}`} title={title} data-note-type={marker.type} onClick={() => editor.dispatchCommand(EDIT_NOTE_COMMAND, nodeKey)}>
      {n ?? '?'}
    </sup>
  );
}
