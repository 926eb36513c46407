import { createCommand, type LexicalCommand, type NodeKey } from 'lexical';

/**
 * Commands that node views dispatch and plugins handle, so a view never imports the code that
 * edits its node (and the node, which imports the view, is not imported back).
 */

/** Asks for a note marker's locator (a citation) or text (a footnote) and applies it. */
export const EDIT_NOTE_COMMAND: LexicalCommand<NodeKey> = createCommand('EDIT_NOTE_COMMAND');
