import { create } from 'zustand';
import { $getNodeByKey, $getRoot, $isElementNode, type EditorState, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
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
 * Publishes note numbers now and after every change that can reorder notes: any change to the
 * children of an element (a marker or block inserted or deleted, a section moved in the
 * outline, a block dragged, a paste), and undo or redo, which swap in a whole earlier state.
 * Typing plain text changes no element's children and costs a comparison of the written
 * elements' child keys, not a walk of the document (a full walk per keystroke showed in the
 * benchmark).
 */
export function registerNoteNumbering(editor: LexicalEditor, publish: (numbers: Record<NodeKey, number>) => void): () => void {
  const recompute = () => publish(editor.getEditorState().read($readNoteNumbers));
  recompute();
  return editor.registerUpdateListener(({ dirtyElements, prevEditorState, editorState, tags }) => {
    if (tags.has('historic') || tags.has('paste')) return recompute();
    // `true` marks an element written in this update; Lexical also writes the root on every
    // keystroke (for the selection), so compare the children instead of trusting the flag.
    for (const [key, written] of dirtyElements) {
      if (written && !sameKeys(childKeys(prevEditorState, key), childKeys(editorState, key))) return recompute();
    }
  });
}

function childKeys(state: EditorState, key: NodeKey): readonly NodeKey[] {
  return state.read(() => {
    const node = $getNodeByKey(key);
    return $isElementNode(node) ? node.getChildrenKeys() : [];
  });
}

function sameKeys(a: readonly NodeKey[], b: readonly NodeKey[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}
