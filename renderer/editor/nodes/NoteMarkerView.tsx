import type { JSX } from 'react';
import type { LexicalEditor, NodeKey } from 'lexical';
import { useNoteNumbers } from '../../state/noteNumbers';
import { useLibraryItem } from '../../api/libraryItems';
import { formatLocator } from '../../../core/citations/writeLocator';
import { EDIT_NOTE_COMMAND } from '../editorCommands';
import type { NoteMarker } from './NoteMarkerNode';

/**
 * The superscript number; a click (or Ctrl+Alt+N with the caret just after it) edits the note:
 * a citation's place, a footnote's text (editor/noteEditing.ts). The tooltip names the source
 * by its title, never by its library ID.
 */
export function NoteMarkerView({ editor, nodeKey, marker }: { editor: LexicalEditor; nodeKey: NodeKey; marker: NoteMarker }): JSX.Element {
  const n = useNoteNumbers((s) => s.numbers[nodeKey]);
  const cited = useLibraryItem(marker.type === 'cite' ? marker.ref : null).data;
  const source = cited ? (cited.partTitle || cited.sourceTitle) : 'a library passage';
  const unread = marker.type === 'cite' && marker.unreadLocator !== undefined;
  const title =
    marker.type === 'footnote'
      ? `Note: ${marker.text}`
      : unread
        ? `Cites ${source}; the place “${marker.unreadLocator}” could not be read, so the note cites the passage’s own place. Click to type it again.`
        : `Cites ${source}${marker.locator ? `, ${formatLocator(marker.locator)}` : ''}`;
  return (
    <sup className={`bp-note bp-note-${marker.type}${unread ? ' bp-note-unread' : ''}`} title={title} data-note-type={marker.type} onClick={() => editor.dispatchCommand(EDIT_NOTE_COMMAND, nodeKey)}>
      {n ?? '?'}
    </sup>
  );
}
