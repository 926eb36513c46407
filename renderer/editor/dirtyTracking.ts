import type { EditorState, LexicalEditor } from 'lexical';
import { $getBody } from './packConversion';
import { bodyText, seenState, usePack } from '../state/packStore';
import { idleAfterPaint } from '../ui/idleAfterPaint';

/** How long typing pauses before a dirty pack's body is compared again (to notice an undo back to the saved text). */
const IDLE_MS = 300;

/**
 * Dirty means changed: the pack's body is compared with the saved one, not flagged by every
 * editor update. Opening (the editor's own first updates), moving the selection, scrolling and
 * updates that change nothing leave a pack clean; undoing back to the saved text makes it
 * clean again. The first change after a save shows at once; later comparisons wait for a pause,
 * since each reads the whole document.
 */
export function watchForChanges(editor: LexicalEditor): () => void {
  const textOf = (state: EditorState) => bodyText(state.read(() => $getBody()));
  const see = () => {
    const text = textOf(editor.read(() => editor.getEditorState()));
    usePack.setState((s) => seenState(s, 'body', text));
  };
  // The saved body is the body as the editor first reads it back (the editor may merge adjacent
  // runs, say, which is not a change of the user's): this state and the head as it is now.
  // Reading it costs a whole-document walk (8 ms on fifty pages), so it waits until the opened
  // pack has painted and the page is idle, unless an edit comes first; either way it reads
  // this state, so the result is the same as reading it here.
  const opened = editor.read(() => editor.getEditorState());
  const openedHead = usePack.getState().seen.head;
  let settled = false;
  const settle = () => {
    if (settled) return;
    settled = true;
    const text = textOf(opened);
    usePack.setState((s) => {
      if (s.saved !== 'pending') return seenState(s, 'body', text);
      // A cover or settings edit made meanwhile (seen while 'pending', so not yet dirty) counts.
      return { saved: { head: openedHead, body: text }, seen: { ...s.seen, body: text }, dirty: s.seen.head !== openedHead };
    });
  };
  const cancelSettle = idleAfterPaint(settle);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const off = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // selection only
    settle();
    clearTimeout(timer);
    if (usePack.getState().dirty) timer = setTimeout(see, IDLE_MS);
    else see();
  });
  return () => {
    cancelSettle();
    clearTimeout(timer);
    off();
  };
}
