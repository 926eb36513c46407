import type { JSX } from 'react';
import { $create, $getDocument, $getState, $setState, createState, DecoratorNode, type DOMExportOutput, type LexicalNode } from 'lexical';

/** Serialised flat as `text`, as saved editor states have always carried it. */
const textState = createState('text', { parse: (v) => (typeof v === 'string' ? v : '') });

/** Template guidance: a hint shown greyed in the editor, never exported or copied. */
export class GuidanceNode extends DecoratorNode<JSX.Element> {
  override $config() {
    return this.config('bp-guidance', { extends: DecoratorNode, stateConfigs: [{ flat: true, stateConfig: textState }] });
  }

  getText(): string {
    return $getState(this, textState);
  }

  setText(text: string): this {
    return $setState(this, textState, text);
  }

  override createDOM(): HTMLElement {
    const div = $getDocument().createElement('div');
    div.className = 'bp-guidance';
    return div;
  }

  override exportDOM(): DOMExportOutput {
    return { element: null };
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
    return <p className="bp-guidance-text" contentEditable={false}>{$getState(this, textState, 'direct')}</p>;
  }
}

export function $createGuidanceNode(text: string): GuidanceNode {
  return $create(GuidanceNode).setText(text);
}

export function $isGuidanceNode(node: LexicalNode | null | undefined): node is GuidanceNode {
  return node instanceof GuidanceNode;
}
