import type { JSX, MouseEvent } from 'react';
import { FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, $getSelection, $isRangeSelection, $createParagraphNode, type LexicalEditor } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $setBlocksType } from '@lexical/selection';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { usePack } from '../state/packStore';
import { exportAs, openWithDialog, save } from '../commands/commands';
import { insertFootnote } from '../editor/noteEditing';

type BlockStyle = 'p' | 'h1' | 'h2' | 'h3' | 'quote';

function setBlock(editor: LexicalEditor, style: BlockStyle): void {
  inEditor(editor, () =>
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      $setBlocksType(selection, () => (style === 'p' ? $createParagraphNode() : style === 'quote' ? $createQuoteNode() : $createHeadingNode(style)));
    }),
  );
}

/**
 * Runs a formatting command with the caret back in the text first. A toolbar control had taken
 * focus, and a command run while the text was not focused changed the document but not the
 * page's caret: focus then came back to where the browser's caret had been, which the command
 * had just replaced ('1. List' on an empty line: the words typed next landed in the paragraph
 * after the new list). Refocused first, the command moves the page's caret with the document's.
 */
function inEditor(editor: LexicalEditor, command: () => void): void {
  editor.focus(command);
}

/** A press on a formatting button leaves focus (and the caret) in the text, as in Word. */
const keepFocus = (e: MouseEvent) => e.preventDefault();

/** File and formatting commands; every one also has a keyboard shortcut (see KeyboardShortcuts). */
export function Toolbar({ onClose }: { onClose: () => void }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const dirty = usePack((s) => s.dirty);
  return (
    <div className="bp-toolbar" role="toolbar" aria-label="Pack commands">
      <button type="button" onClick={onClose} title="Back to the start screen">Home</button>
      <button type="button" onClick={() => void openWithDialog()} title="Open (Ctrl+O)">Open…</button>
      <button type="button" onClick={() => void save()} title="Save (Ctrl+S)" className={dirty ? 'primary' : ''}>Save</button>
      <button type="button" onClick={() => void save(true)} title="Save As (Ctrl+Shift+S)">Save as…</button>
      <span className="bp-sep" />
      <select aria-label="Paragraph style" defaultValue="" onChange={(e) => { setBlock(editor, e.target.value as BlockStyle); e.target.value = ''; }}>
        <option value="" disabled>Style…</option>
        <option value="p">Paragraph</option>
        <option value="h1">Heading 1</option>
        <option value="h2">Heading 2</option>
        <option value="h3">Heading 3</option>
        <option value="quote">Block quote</option>
      </select>
      <button type="button" aria-label="Bold" title="Bold (Ctrl+B)" onMouseDown={keepFocus} onClick={() => inEditor(editor, () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'))}><b>B</b></button>
      <button type="button" aria-label="Italic" title="Italic (Ctrl+I)" onMouseDown={keepFocus} onClick={() => inEditor(editor, () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'))}><i>I</i></button>
      <button type="button" aria-label="Bulleted list" onMouseDown={keepFocus} onClick={() => inEditor(editor, () => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined))}>• List</button>
      <button type="button" aria-label="Numbered list" onMouseDown={keepFocus} onClick={() => inEditor(editor, () => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined))}>1. List</button>
      <button type="button" aria-label="Undo" title="Undo (Ctrl+Z)" onClick={() => editor?.dispatchCommand(UNDO_COMMAND, undefined)}>↶</button>
      <button type="button" aria-label="Redo" title="Redo (Ctrl+Shift+Z)" onClick={() => editor?.dispatchCommand(REDO_COMMAND, undefined)}>↷</button>
      <button
        type="button"
        title="Add a footnote of your own at the cursor (Ctrl+Alt+F)"
        onClick={() => void insertFootnote(editor)}
      >
        Footnote
      </button>
      <span className="bp-sep" />
      <button type="button" onClick={() => void exportAs('docx')} title="Export DOCX (Ctrl+E)">Export DOCX</button>
      <button type="button" onClick={() => void exportAs('pdf')} title="Export PDF (Ctrl+Shift+E)">Export PDF</button>
    </div>
  );
}
