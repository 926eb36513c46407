import type { JSX } from 'react';
import { $applyNodeReplacement, type LexicalNode, type NodeKey } from 'lexical';
import type { LibraryRef } from '../../../core/pack/schema';
import { LibraryBlockNode, parseLibraryRef, type SerializedLibraryBlock } from './LibraryBlockNode';
import { LibraryBlockView } from './LibraryBlockView';

/** A verbatim quotation from the library, printed as a block quote with its note. */
export class ExcerptNode extends LibraryBlockNode {
  static override getType(): string {
    return 'bp-excerpt';
  }

  static override clone(node: ExcerptNode): ExcerptNode {
    return new ExcerptNode(node.__ref, node.__key);
  }

  static override importJSON(json: SerializedLibraryBlock): ExcerptNode {
    return $createExcerptNode(parseLibraryRef(json.ref));
  }

  constructor(ref: LibraryRef, key?: NodeKey) {
    super(ref, key);
  }

  override decorate(): JSX.Element {
    return <LibraryBlockView nodeKey={this.__key} kind="excerpt" refValue={this.__ref} />;
  }
}

export function $createExcerptNode(ref: LibraryRef): ExcerptNode {
  return $applyNodeReplacement(new ExcerptNode(ref));
}

export function $isExcerptNode(node: LexicalNode | null | undefined): node is ExcerptNode {
  return node instanceof ExcerptNode;
}
