import type { JSX } from 'react';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { askText } from '../../components/askText';
import { useNoteNumbers } from '../noteNumbers';
import { $isNoteMarkerNode, type NoteMarker } from './NoteMarkerNode';

export function NoteMarkerView({ nodeKey, marker }: { nodeKey: NodeKey; marker: NoteMarker }): JSX.Element {
  const n = useNoteNumbers((s) => s.numbers[nodeKey]);
  const [editor] = useLexicalComposerContext();
  // Click to edit: the locator of a citation, or the text of a footnote.
  const edit = async () => {
    const value = marker.type === 'cite' ? await askText('Page or locator for this citation (empty: the passage’s own)', marker.locator ?? '') : await askText('Footnote text', marker.text);
    if (value === null) return;
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if (!$isNoteMarkerNode(node)) return;
      if (marker.type === 'cite') node.setMarker({ type: 'cite', ref: marker.ref, ...(value.trim() ? { locator: value.trim() } : {}) });
      else node.setMarker({ type: 'footnote', text: value });
    });
  };
  const title = marker.type === 'cite' ? `Cites ${marker.ref}${marker.locator ? `, ${marker.locator}` : ''}` : `Note: ${marker.text}`;
  return (
    <sup className={`bp-note bp-note-${marker.type}`} title={title} data-note-type={marker.type} onClick={() => void edit()} role="button" tabIndex={-1}>
      {n ?? '?'}
    </sup>
  );
}
