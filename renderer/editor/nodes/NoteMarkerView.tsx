import type { JSX } from 'react';
import type { NodeKey } from 'lexical';
import { useNoteNumbers } from '../noteNumbers';
import type { NoteMarker } from './NoteMarkerNode';

export function NoteMarkerView({ nodeKey, marker }: { nodeKey: NodeKey; marker: NoteMarker }): JSX.Element {
  const n = useNoteNumbers((s) => s.numbers[nodeKey]);
  const title = marker.type === 'cite' ? `Cites ${marker.ref}${marker.locator ? `, ${marker.locator}` : ''}` : `Note: ${marker.text}`;
  return (
    <sup className={`bp-note bp-note-${marker.type}`} title={title} data-note-type={marker.type}>
      {n ?? '?'}
    </sup>
  );
}
