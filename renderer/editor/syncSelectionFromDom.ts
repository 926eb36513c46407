import { $createRangeSelectionFromDom, $setSelection, type LexicalEditor } from 'lexical';

/**
 * Lexical learns where the cursor is from `selectionchange`, which the browser fires late and
 * may merge. Ctrl+K moves focus to the search right after a click, so without this the block
 * the user then inserts could land at the previous cursor. Reads the DOM cursor now instead.
 */
export function syncSelectionFromDom(editor: LexicalEditor): void {
  const root = editor.getRootElement();
  const dom = window.getSelection();
  if (!root || !dom?.anchorNode || !root.contains(dom.anchorNode)) return;
  editor.update(
    () => {
      const selection = $createRangeSelectionFromDom(dom, editor);
      if (selection) $setSelection(selection);
    },
    { discrete: true },
  );
}
