import type { LexicalEditor } from 'lexical';

/**
 * The editor of the open pack, for code that runs outside React (save, export, autosave,
 * desktop menu commands). Components under the pack's LexicalComposer take the editor from its
 * context instead. Kept out of the pack store: the store holds the document's data, which can
 * be copied and compared; the editor is a live object owned by the Lexical composer.
 */
let active: LexicalEditor | null = null;

export function setActiveEditor(editor: LexicalEditor | null): void {
  active = editor;
}

export function activeEditor(): LexicalEditor | null {
  return active;
}
