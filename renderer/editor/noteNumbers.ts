import { create } from 'zustand';
import { $getRoot, $isElementNode, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import { noteSites, noteTarget } from '../../core/pack/noteSites';
import { $getBody } from './packConversion';
import { $isNoteMarkerNode } from './nodes/NoteMarkerNode';
import { $isLibraryBlockNode } from './nodes/LibraryBlockNode';

/** Live note numbers by node key, recomputed by NoteNumberingPlugin whenever notes can move. */
export const useNoteNumbers = create<{ numbers: Record<string, number>; set: (n: Record<string, number>) => void }>((set) => ({
  numbers: {},
  set: (numbers) => set({ numbers }),
}));

/**
 * The number of every note-bearing node, by key, computed by core's `noteSites` over the body
 * the pack would save: the very function export numbers notes with. Call inside a read.
 */
export function $readNoteNumbers(): Record<NodeKey, number> {
  // The body holds the nodes' own marker and ref objects, so each site maps back to its node.
  const keyOf = new Map<object, NodeKey>();
  const walk = (node: LexicalNode) => {
    if ($isNoteMarkerNode(node)) keyOf.set(node.getMarker(), node.getKey());
    else if ($isLibraryBlockNode(node)) keyOf.set(node.getRef(), node.getKey());
    else if ($isElementNode(node)) node.getChildren().forEach(walk);
  };
  walk($getRoot());
  const numbers: Record<NodeKey, number> = {};
  noteSites($getBody()).forEach((site, i) => {
    const key = keyOf.get(noteTarget(site));
    if (key !== undefined) numbers[key] = i + 1;
  });
  return numbers;
}

/**
 * Publishes note numbers now and after every change that can reorder notes: any change to an
 * element's children (typing a marker, deleting, pasting, moving a section in the outline,
 * dragging a block), and undo or redo, which swap in a whole earlier state. Typing plain text
 * only marks a paragraph dirty in passing and costs nothing here (a full walk per keystroke
 * showed in the benchmark).
 */
export function registerNoteNumbering(editor: LexicalEditor, publish: (numbers: Record<NodeKey, number>) => void): () => void {
  const recompute = () => publish(editor.getEditorState().read($readNoteNumbers));
  recompute();
  return editor.registerUpdateListener(({ dirtyElements, tags }) => {
    let structural = tags.has('historic') || tags.has('paste');
    // true = the element itself was written (its children changed); false = only a descendant.
    for (const intentional of dirtyElements.values()) if (intentional) structural = true;
    if (structural) recompute();
  });
}
