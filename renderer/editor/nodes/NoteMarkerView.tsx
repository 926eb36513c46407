import type { JSX } from 'react';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { askText } from '../../components/askText';
import { useNoteNumbers } from '../noteNumbers';
import { fetchLibraryItem } from '../../library/useLibraryItem';
import { parseLocator } from '../../../core/pack/parseLocator';
import { formatLocator } from '../../../core/citations/writeLocator';
import { locatorMisfit } from '../../../core/library/libraryLocator';
import type { LibraryItemView } from '../../../core/api/contract';
import type { NoteLocator } from '../../../core/citations/types';
import { $isNoteMarkerNode, type NoteMarker } from './NoteMarkerNode';

const LOCATOR_LABEL = 'Page, paragraph or section for this citation (“14”, “para. 3”, “sec. Summary, para. 2”; empty: the passage’s own place)';

export function NoteMarkerView({ nodeKey, marker }: { nodeKey: NodeKey; marker: NoteMarker }): JSX.Element {
  const n = useNoteNumbers((s) => s.numbers[nodeKey]);
  const [editor] = useLexicalComposerContext();
  // Click to edit: the locator of a citation, or the text of a footnote.
  const edit = async () => {
    if (marker.type === 'footnote') {
      const text = await askText('Footnote text', marker.text);
      if (text !== null) update({ type: 'footnote', text });
      return;
    }
    const view = await fetchLibraryItem(marker.ref).catch(() => null);
    const typed = marker.locator ? formatLocator(marker.locator) : (marker.unreadLocator ?? '');
    const value = await askText(LOCATOR_LABEL, typed, (v) => (v === '' ? null : readLocator(v, view).problem));
    if (value === null) return;
    const { locator } = readLocator(value, view);
    update({ type: 'cite', ref: marker.ref, ...(locator ? { locator } : {}) });
  };
  const update = (next: NoteMarker) =>
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isNoteMarkerNode(node)) node.setMarker(next);
    });
  const unread = marker.type === 'cite' && marker.unreadLocator !== undefined;
  const title =
    marker.type === 'footnote'
      ? `Note: ${marker.text}`
      : unread
        ? `Cites ${marker.ref}; the place “${marker.unreadLocator}” could not be read, so the note cites the passage’s own place. Click to type it again.`
        : `Cites ${marker.ref}${marker.locator ? `, ${formatLocator(marker.locator)}` : ''}`;
  return (
    <sup className={`bp-note bp-note-${marker.type}${unread ? ' bp-note-unread' : ''}`} title={title} data-note-type={marker.type} onClick={() => void edit()} role="button" tabIndex={-1}>
      {n ?? '?'}
    </sup>
  );
}

/** The typed place, or the sentence refusing it: unreadable, or a page of a source without pages. */
function readLocator(value: string, view: LibraryItemView | null): { locator?: NoteLocator; problem: string | null } {
  if (value === '') return { problem: null };
  const parsed = parseLocator(value);
  if (!parsed.ok) return { problem: parsed.reason };
  const misfit = view ? locatorMisfit(parsed.locator, view.item, view.partTitle || view.sourceTitle, view.partPages) : undefined;
  return misfit ? { problem: misfit } : { locator: parsed.locator, problem: null };
}
