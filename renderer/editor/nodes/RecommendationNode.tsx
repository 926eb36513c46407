import type { JSX } from 'react';
import { $applyNodeReplacement, type LexicalNode, type NodeKey } from 'lexical';
import type { LibraryRef } from '../../../core/pack/schema';
import { LibraryBlockNode, parseLibraryRef, type SerializedLibraryBlock } from './LibraryBlockNode';
import { LibraryBlockView } from './LibraryBlockView';

/** A recommendation block from the library: number, heading, horizon and its note. */
export class RecommendationNode extends LibraryBlockNode {
  static override getType(): string {
    return 'bp-recommendation';
  }

  static override clone(node: RecommendationNode): RecommendationNode {
    return new RecommendationNode(node.__ref, node.__key);
  }

  static override importJSON(json: SerializedLibraryBlock): RecommendationNode {
    return $createRecommendationNode(parseLibraryRef(json.ref));
  }

  constructor(ref: LibraryRef, key?: NodeKey) {
    super(ref, key);
  }

  override decorate(): JSX.Element {
    return <LibraryBlockView nodeKey={this.__key} kind="recommendation" refValue={this.__ref} />;
  }
}

export function $createRecommendationNode(ref: LibraryRef): RecommendationNode {
  return $applyNodeReplacement(new RecommendationNode(ref));
}

export function $isRecommendationNode(node: LexicalNode | null | undefined): node is RecommendationNode {
  return node instanceof RecommendationNode;
}
