import type { JSX } from 'react';
import { $applyNodeReplacement, DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';

export type SerializedGuidance = Spread<{ text: string }, SerializedLexicalNode>;

/** Template guidance: a hint shown greyed in the editor, never exported. */
export class GuidanceNode extends DecoratorNode<JSX.Element> {
  __text: string;

  static override getType(): string {
    return 'bp-guidance';
  }

  static override clone(node: GuidanceNode): GuidanceNode {
    return new GuidanceNode(node.__text, node.__key);
  }

  static override importJSON(json: SerializedGuidance): GuidanceNode {
    return $createGuidanceNode(typeof json.text === 'string' ? json.text : '');
  }

  constructor(text: string, key?: NodeKey) {
    super(key);
    this.__text = text;
  }

  getText(): string {
    return this.getLatest().__text;
  }

  override exportJSON(): SerializedGuidance {
    return { ...super.exportJSON(), text: this.__text };
  }

  override createDOM(): HTMLElement {
    const div = document.createElement('div');
    div.className = 'bp-guidance';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return '';
  }

  override decorate(): JSX.Element {
    return <p className="bp-guidance-text" contentEditable={false}>{this.__text}</p>;
  }
}

export function $createGuidanceNode(text: string): GuidanceNode {
  return $applyNodeReplacement(new GuidanceNode(text));
}

export function $isGuidanceNode(node: LexicalNode | null | undefined): node is GuidanceNode {
  return node instanceof GuidanceNode;
}
