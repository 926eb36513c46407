import type { LexicalEditor } from 'lexical';
import { $getBody } from '../editor/packConversion';
import { bodyText, seenState, usePack } from './packStore';

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
  const see = () => {
    const text = bodyText(editor.read(() => $getBody()));
    usePack.setState((s) => {
      // The body as the editor first reads it back is the saved body (the editor may merge
      // adjacent runs, say, which is not a change of the user's).
      if (s.saved === 'pending') return { saved: { head: s.seen.head, body: text }, seen: { ...s.seen, body: text } };
      return seenState(s, 'body', text);
    });
  };
  see();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const off = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // selection only
    clearTimeout(timer);
    if (usePack.getState().dirty) timer = setTimeout(see, IDLE_MS);
    else see();
  });
  return () => {
    clearTimeout(timer);
    off();
  };
}
