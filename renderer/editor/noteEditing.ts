import { $getNodeByKey, $getSelection, $isElementNode, $isNodeSelection, $isRangeSelection, $isTextNode, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import { askText } from '../state/textPrompt';
import { $isNoteMarkerNode, type NoteMarker } from './nodes/NoteMarkerNode';
import { insertNoteMarker } from './insertNoteMarker';
import { fetchLibraryItem } from '../api/libraryItems';
import { parseLocator } from '../../core/pack/parseLocator';
import { formatLocator } from '../../core/citations/writeLocator';
import { locatorMisfit } from '../../core/library/libraryLocator';
import type { LibraryItemView } from '../../core/api/contract';
import type { NoteLocator } from '../../core/citations/types';

export const LOCATOR_PROMPT = 'Page, paragraph or section for this citation (“14”, “para. 3”, “sec. Summary, para. 2”; empty: the passage’s own place)';
export const FOOTNOTE_PROMPT = 'Footnote text';

/** The note marker just before the caret (or the selected one), as Word's "edit this note". Call inside a read. */
export function $noteMarkerBeforeCaret(): NodeKey | null {
  const selection = $getSelection();
  if ($isNodeSelection(selection)) return selection.getNodes().find($isNoteMarkerNode)?.getKey() ?? null;
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const { anchor } = selection;
  const node = anchor.getNode();
  let before: LexicalNode | null = null;
  if ($isTextNode(node)) before = anchor.offset === 0 ? node.getPreviousSibling() : null;
  else if ($isElementNode(node)) before = anchor.offset > 0 ? node.getChildAtIndex(anchor.offset - 1) : null;
  return $isNoteMarkerNode(before) ? before.getKey() : null;
}

/**
 * Asks for a citation's place or a footnote's text, then sets it; one undo step. A place the
 * passage cannot have (a page of a source without pages, one outside the part) is refused in
 * the dialog with the reason.
 */
export async function editNote(editor: LexicalEditor, key: NodeKey): Promise<void> {
  const marker = editor.getEditorState().read(() => {
    const node = $getNodeByKey(key);
    return $isNoteMarkerNode(node) ? node.getMarker() : null;
  });
  if (!marker) return;
  let next: NoteMarker | null = null;
  if (marker.type === 'footnote') {
    const text = await askText(FOOTNOTE_PROMPT, marker.text);
    if (text !== null) next = { type: 'footnote', text };
  } else {
    const view = await fetchLibraryItem(marker.ref).catch(() => null);
    const typed = marker.locator ? formatLocator(marker.locator) : (marker.unreadLocator ?? '');
    const value = await askText(LOCATOR_PROMPT, typed, (v) => (v === '' ? null : readLocator(v, view).problem));
    if (value !== null) {
      const { locator } = readLocator(value, view);
      next = { type: 'cite', ref: marker.ref, ...(locator ? { locator } : {}) };
    }
  }
  if (next) {
    const value = next;
    editor.update(() => {
      const node = $getNodeByKey(key);
      if ($isNoteMarkerNode(node)) node.setMarker(value);
    });
  }
  editor.focus();
}

/** The typed place, or the sentence refusing it: unreadable, or a page of a source without pages. */
function readLocator(value: string, view: LibraryItemView | null): { locator?: NoteLocator; problem: string | null } {
  if (value === '') return { problem: null };
  const parsed = parseLocator(value);
  if (!parsed.ok) return { problem: parsed.reason };
  const misfit = view ? locatorMisfit(parsed.locator, view.item, view.partTitle || view.sourceTitle, view.partPages) : undefined;
  return misfit ? { problem: misfit } : { locator: parsed.locator, problem: null };
}

/** Asks for a footnote's text and puts its marker at the caret (Ctrl+Alt+F, as in Word). */
export async function insertFootnote(editor: LexicalEditor): Promise<void> {
  const text = await askText(FOOTNOTE_PROMPT, '');
  if (text) insertNoteMarker(editor, { type: 'footnote', text });
  else editor.focus();
}
