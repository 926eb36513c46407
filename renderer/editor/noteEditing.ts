import { $getNodeByKey, $getSelection, $isElementNode, $isNodeSelection, $isRangeSelection, $isTextNode, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import { askText } from '../state/textPrompt';
import { $isNoteMarkerNode, type NoteMarker } from './nodes/NoteMarkerNode';
import { insertNoteMarker } from './insertNoteMarker';

export const LOCATOR_PROMPT = 'Page or locator for this citation (empty: the passage’s own)';
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

/** Asks for a citation's locator or a footnote's text, then sets it; one undo step. */
export async function editNote(editor: LexicalEditor, key: NodeKey): Promise<void> {
  const marker = editor.getEditorState().read(() => {
    const node = $getNodeByKey(key);
    return $isNoteMarkerNode(node) ? node.getMarker() : null;
  });
  if (!marker) return;
  const value = marker.type === 'cite' ? await askText(LOCATOR_PROMPT, marker.locator ?? '') : await askText(FOOTNOTE_PROMPT, marker.text);
  if (value !== null) {
    const next: NoteMarker =
      marker.type === 'cite' ? { type: 'cite', ref: marker.ref, ...(value.trim() ? { locator: value.trim() } : {}) } : { type: 'footnote', text: value };
    editor.update(() => {
      const node = $getNodeByKey(key);
      if ($isNoteMarkerNode(node)) node.setMarker(next);
    });
  }
  editor.focus();
}

/** Asks for a footnote's text and puts its marker at the caret (Ctrl+Alt+F, as in Word). */
export async function insertFootnote(editor: LexicalEditor): Promise<void> {
  const text = await askText(FOOTNOTE_PROMPT, '');
  if (text) insertNoteMarker(editor, { type: 'footnote', text });
  else editor.focus();
}
