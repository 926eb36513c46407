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

/**
 * Where Alt+Shift+Up/Down moves a section, as Word's outline does: past the neighbouring
 * section of the same level, never out of its parent section. Returns the heading to move
 * before (null: the end of the document), or undefined when the section cannot move that way.
 */
export function sectionMoveTarget(entries: readonly OutlineEntry[], index: number, direction: 'up' | 'down'): string | null | undefined {
  const level = entries[index]?.level;
  if (!level) return undefined;
  const sibling = (from: number, step: 1 | -1): number => {
    for (let i = from + step; i >= 0 && i < entries.length; i += step) {
      if (entries[i]!.level < level) return -1;
      if (entries[i]!.level === level) return i;
    }
    return -1;
  };
  if (direction === 'up') {
    const previous = sibling(index, -1);
    return previous < 0 ? undefined : entries[previous]!.key;
  }
  const next = sibling(index, 1);
  if (next < 0) return undefined;
  const after = entries.findIndex((e, i) => i > next && e.level <= level);
  return after < 0 ? null : entries[after]!.key;
}
