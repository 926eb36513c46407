import type { JSX } from 'react';
import { $create, $getState, type LexicalEditor, type LexicalNode } from 'lexical';
import type { LibraryRef } from '../../../core/pack/schema';
import { LibraryBlockNode, refState } from './LibraryBlockNode';
import { LibraryBlockView } from './LibraryBlockView';

/** A verbatim quotation from the library, printed as a block quote with its note. */
export class ExcerptNode extends LibraryBlockNode {
  override $config() {
    return this.config('bp-excerpt', { extends: LibraryBlockNode });
  }

  override decorate(editor: LexicalEditor): JSX.Element {
    return <LibraryBlockView editor={editor} nodeKey={this.getKey()} kind="excerpt" refValue={$getState(this, refState, 'direct')} />;
  }
}

export function $createExcerptNode(ref: LibraryRef): ExcerptNode {
  return $create(ExcerptNode).setRef(ref);
}

export function $isExcerptNode(node: LexicalNode | null | undefined): node is ExcerptNode {
  return node instanceof ExcerptNode;
}
