import { useEffect, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import { idleAfterPaint } from '../ui/idleAfterPaint';

const IDLE_MS = 250;

/**
 * A value computed from the whole document (word counts, the outline), recomputed once typing
 * pauses rather than on every keystroke: a whole-document read per key costs more than a frame
 * on a fifty-page pack. The first reading waits until the opened pack has painted and the page
 * is idle (`initial` until then): on a fifty-page pack the two digests cost some 20 ms of the
 * opening frame.
 */
export function useEditorDigest<T>(editor: LexicalEditor | null, compute: () => T, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => setValue(editor.getEditorState().read(compute));
    const cancelFirst = idleAfterPaint(read);
    const off = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // selection only
      clearTimeout(timer);
      timer = setTimeout(read, IDLE_MS);
    });
    return () => {
      cancelFirst();
      clearTimeout(timer);
      off();
    };
    // `compute` is a module-level $function in every caller; it never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);
  return value;
}
