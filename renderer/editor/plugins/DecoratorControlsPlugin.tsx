import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_CRITICAL, KEY_DOWN_COMMAND } from 'lexical';

const CONTROLS = 'button, textarea, input, select, summary, [role="listbox"], [role="button"]';

/**
 * Keys pressed on a control inside a quotation block (Unlock to adapt, Keep adaptation, the
 * adaptation's text area) belong to that control. Without this, Lexical sees the keydown
 * bubble through its root and Enter on a button inserts a paragraph instead of pressing it.
 */
export function DecoratorControlsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const target = event.target;
          const root = editor.getRootElement();
          return target instanceof HTMLElement && target !== root && !!root?.contains(target) && target.matches(CONTROLS);
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor],
  );
  return null;
}
