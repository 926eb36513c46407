import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { ExcerptNode } from './ExcerptNode';
import { RecommendationNode } from './RecommendationNode';
import { GuidanceNode } from './GuidanceNode';
import { NoteMarkerNode } from './NoteMarkerNode';

/** Every node a Briefpack editor registers, for the app and for headless tests alike. */
export const BRIEFPACK_NODES: Klass<LexicalNode>[] = [HeadingNode, QuoteNode, ListNode, ListItemNode, ExcerptNode, RecommendationNode, GuidanceNode, NoteMarkerNode];
