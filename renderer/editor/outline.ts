import { $getNodeByKey, $getRoot, type LexicalNode } from 'lexical';
import { $isHeadingNode } from '@lexical/rich-text';
import { countWords } from '../../core/pack/wordCount';

export interface OutlineEntry {
  key: string;
  level: 1 | 2 | 3;
  text: string;
  /** Words from this heading to the next heading of any level, for speaking time per section. */
  words: number;
}

const levelOf = (node: LexicalNode): 1 | 2 | 3 | null => ($isHeadingNode(node) ? (Math.min(3, Number(node.getTag().slice(1))) as 1 | 2 | 3) : null);

/** The headings of the document in order. Call inside a read. */
export function $readOutline(): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  for (const node of $getRoot().getChildren()) {
    const level = levelOf(node);
    if (level) out.push({ key: node.getKey(), level, text: node.getTextContent() || '(untitled)', words: 0 });
    else if (out.length) out[out.length - 1]!.words += countWords(node.getTextContent());
  }
  return out;
}

/** A heading with everything under it, up to the next heading of the same or a higher level. */
function $sectionNodes(headingKey: string): LexicalNode[] {
  const heading = $getNodeByKey(headingKey);
  const level = heading ? levelOf(heading) : null;
  if (!heading || !level) return [];
  const nodes: LexicalNode[] = [heading];
  for (let n = heading.getNextSibling(); n; n = n.getNextSibling()) {
    const l = levelOf(n);
    if (l !== null && l <= level) break;
    nodes.push(n);
  }
  return nodes;
}

/** Moves a section (heading and its content) before another heading. Call inside an update. */
export function $moveSection(fromKey: string, beforeKey: string | null): void {
  const moving = $sectionNodes(fromKey);
  if (!moving.length) return;
  if (beforeKey && moving.some((n) => n.getKey() === beforeKey)) return;
  const target = beforeKey ? $getNodeByKey(beforeKey) : null;
  if (target) for (const n of moving) target.insertBefore(n);
  else for (const n of moving) $getRoot().append(n);
}
