import { $getDocument, $getState, $setState, createState, DecoratorNode, type DOMExportOutput, type LexicalNode } from 'lexical';
import type { JSX } from 'react';
import type { LibraryRef } from '../../../core/pack/schema';

const EMPTY_REF: LibraryRef = { id: 'missing', text: '', sourceText: '', adapted: false };

/** Junk in a saved editor state becomes a visibly empty reference, never a crash. */
export function parseLibraryRef(raw: unknown): LibraryRef {
  if (typeof raw !== 'object' || raw === null) return EMPTY_REF;
  const r = raw as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return { id: str(r.id) || 'missing', text: str(r.text), sourceText: str(r.sourceText), adapted: r.adapted === true };
}

const sameRef = (a: LibraryRef, b: LibraryRef) => a.id === b.id && a.text === b.text && a.sourceText === b.sourceText && a.adapted === b.adapted;

/** Serialised flat as `ref`, the key saved editor states and the clipboard have always used. */
export const refState = createState('ref', { parse: parseLibraryRef, isEqual: sameRef });

/**
 * A library passage as one block of the document. Its text is held in node state, not in text
 * nodes, so typing cannot change a quotation: the only ways to change it are `setText` (the
 * user's adaptation, marked adapted unless it equals the source again), `restoreOriginal` and
 * `takeLibraryText`.
 * Never registered itself: a base class keyed by a symbol, as Lexical's own ElementNode is.
 */
export class LibraryBlockNode extends DecoratorNode<JSX.Element> {
  override $config() {
    return this.config(Symbol.for('LibraryBlockNode'), { extends: DecoratorNode, stateConfigs: [{ flat: true, stateConfig: refState }] });
  }

  getRef(): LibraryRef {
    return $getState(this, refState);
  }

  setRef(ref: LibraryRef): this {
    return $setState(this, refState, ref);
  }

  /** Replaces the quoted text with the user's adaptation; the library's own text is verbatim again. */
  setText(text: string): this {
    return $setState(this, refState, (ref) => ({ ...ref, text, adapted: text !== ref.sourceText }));
  }

  /** Puts back the library's text, as it was when inserted. */
  restoreOriginal(): this {
    return $setState(this, refState, (ref) => ({ ...ref, text: ref.sourceText, adapted: false }));
  }

  /**
   * Takes the library's text as it is now, after the library corrected the passage (and its ID,
   * which a correction changes: the pack then cites the passage by its current one).
   */
  takeLibraryText(item: { id: string; text: string }): this {
    return $setState(this, refState, (ref) => ({ ...ref, id: item.id, text: item.text, sourceText: item.text, adapted: false }));
  }

  override createDOM(): HTMLElement {
    const div = $getDocument().createElement('div');
    div.className = `bp-block bp-${this.getType()}`;
    return div;
  }

  /** Copied out of the editor (to mail, to Word), a quotation is a block quote with its text. */
  override exportDOM(): DOMExportOutput {
    const ref = this.getRef();
    const quote = $getDocument().createElement('blockquote');
    quote.textContent = ref.text;
    quote.setAttribute('data-library-id', ref.id);
    if (ref.adapted) quote.setAttribute('data-adapted', 'true');
    return { element: quote };
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  override getTextContent(): string {
    return this.getRef().text;
  }
}

export function $isLibraryBlockNode(node: LexicalNode | null | undefined): node is LibraryBlockNode {
  return node instanceof LibraryBlockNode;
}
