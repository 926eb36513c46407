import { DecoratorNode, type EditorConfig, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import type { JSX } from 'react';
import type { LibraryRef } from '../../../core/pack/schema';

export type SerializedLibraryBlock = Spread<{ ref: LibraryRef }, SerializedLexicalNode>;

const EMPTY_REF: LibraryRef = { id: 'missing', text: '', sourceText: '', adapted: false };

/** Junk in a saved editor state becomes a visibly empty reference, never a crash. */
export function parseLibraryRef(raw: unknown): LibraryRef {
  if (typeof raw !== 'object' || raw === null) return EMPTY_REF;
  const r = raw as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return { id: str(r.id) || 'missing', text: str(r.text), sourceText: str(r.sourceText), adapted: r.adapted === true };
}

/**
 * A library passage as one block of the document. Its text is held in node state, not in text
 * nodes, so typing cannot change a quotation: the only way to edit it is `setText`, which marks
 * it adapted (see LibraryBlockView's unlock).
 */
export abstract class LibraryBlockNode extends DecoratorNode<JSX.Element> {
  __ref: LibraryRef;

  constructor(ref: LibraryRef, key?: NodeKey) {
    super(key);
    this.__ref = ref;
  }

  getRef(): LibraryRef {
    return this.getLatest().__ref;
  }

  /** Replaces the quoted text with the user's adaptation. */
  setText(text: string): this {
    const writable = this.getWritable();
    writable.__ref = { ...writable.__ref, text, adapted: text !== writable.__ref.sourceText || writable.__ref.adapted };
    return writable;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const div = document.createElement('div');
    div.className = `bp-block bp-${this.getType()}`;
    return div;
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
    return this.__ref.text;
  }

  override exportJSON(): SerializedLibraryBlock {
    return { ...super.exportJSON(), ref: this.__ref };
  }
}

export function $isLibraryBlockNode(node: LexicalNode | null | undefined): node is LibraryBlockNode {
  return node instanceof LibraryBlockNode;
}
