import type { JSX } from 'react';
import { $create, $getState, type LexicalEditor, type LexicalNode } from 'lexical';
import type { LibraryRef } from '../../../core/pack/schema';
import { LibraryBlockNode, refState } from './LibraryBlockNode';
import { LibraryBlockView } from './LibraryBlockView';

/** A recommendation block from the library: number, heading, horizon and its note. */
export class RecommendationNode extends LibraryBlockNode {
  override $config() {
    return this.config('bp-recommendation', { extends: LibraryBlockNode });
  }

  override decorate(editor: LexicalEditor): JSX.Element {
    return <LibraryBlockView editor={editor} nodeKey={this.getKey()} kind="recommendation" refValue={$getState(this, refState, 'direct')} />;
  }
}

export function $createRecommendationNode(ref: LibraryRef): RecommendationNode {
  return $create(RecommendationNode).setRef(ref);
}

export function $isRecommendationNode(node: LexicalNode | null | undefined): node is RecommendationNode {
  return node instanceof RecommendationNode;
}
