import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, $setSelection, type BaseSelection } from 'lexical';

/**
 * Tabbing back into the text puts the caret where the user left it, as Word does. The browser
 * puts it at the very start of the text instead, so the next words typed landed before the
 * first heading. A click, or a command that moves the caret itself, is left alone.
 */
export function KeepCaretPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let last: BaseSelection | null = null;
    // Only focus that Tab brings: the app's own editor.focus() calls set their own caret.
    let tabbing = false;
    const onKey = (e: KeyboardEvent) => {
      tabbing = e.key === 'Tab';
    };
    window.addEventListener('keydown', onKey, true);
    const offUpdate = editor.registerUpdateListener(({ editorState }) => {
      const selection = editorState.read(() => $getSelection());
      if ($isRangeSelection(selection)) last = selection.clone();
    });
    const onFocus = () => {
      if (!tabbing || !last) return;
      tabbing = false;
      const keep = last.clone();
      editor.update(() => $setSelection(keep));
    };
    const offRoot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('focus', onFocus);
      root?.addEventListener('focus', onFocus);
    });
    return () => {
      offUpdate();
      offRoot();
      window.removeEventListener('keydown', onKey, true);
    };
  }, [editor]);
  return null;
}
