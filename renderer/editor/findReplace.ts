import { $getNodeByKey, $getRoot, $isElementNode, $isTextNode, type LexicalNode, type NodeKey } from 'lexical';
import { $isLibraryBlockNode } from './nodes/LibraryBlockNode';
import { $isNoteMarkerNode } from './nodes/NoteMarkerNode';

/**
 * Find and replace as in Word, over the whole pack: the user's own text, the text of their
 * footnotes, and quotations from the library. Quotations are locked, so a replace never
 * changes one; it counts them instead, so the user knows what was left alone.
 */

export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
}

/** Where a match is: own text and footnotes can be replaced, quotations cannot. */
export type MatchPlace = 'text' | 'note' | 'quotation';

export interface Match {
  key: NodeKey;
  place: MatchPlace;
  start: number;
  end: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The query as a regular expression; whole word means no letter or digit touches either end. */
function pattern(query: string, { matchCase, wholeWord }: FindOptions): RegExp {
  const body = escapeRegExp(query);
  return new RegExp(wholeWord ? `(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])` : body, `gu${matchCase ? '' : 'i'}`);
}

/** Every match of `query` in `text`, as [start, end) offsets. */
export function findInText(text: string, query: string, options: FindOptions): [number, number][] {
  if (!query) return [];
  return [...text.matchAll(pattern(query, options))].map((m) => [m.index, m.index + m[0].length]);
}

/** The searchable text of a node and where it is, or null for nodes with none of their own. */
function $searchable(node: LexicalNode): { place: MatchPlace; text: string } | null {
  if ($isTextNode(node)) return { place: 'text', text: node.getTextContent() };
  if ($isLibraryBlockNode(node)) return { place: 'quotation', text: node.getRef().text };
  if ($isNoteMarkerNode(node)) {
    const marker = node.getMarker();
    return marker.type === 'footnote' ? { place: 'note', text: marker.text } : null;
  }
  return null;
}

/** All matches in reading order. Call inside a read. */
export function $findMatches(query: string, options: FindOptions): Match[] {
  const out: Match[] = [];
  const walk = (node: LexicalNode) => {
    const found = $searchable(node);
    if (found) for (const [start, end] of findInText(found.text, query, options)) out.push({ key: node.getKey(), place: found.place, start, end });
    if ($isElementNode(node)) node.getChildren().forEach(walk);
  };
  walk($getRoot());
  return out;
}

/**
 * The match to go to after a replace: the first at or after `offset` in node `key`, in reading
 * order, so the replacement itself is never matched again ("cat" replaced by "cats" contains
 * "cat"); 0 when none follows. Call inside a read.
 */
export function $matchFrom(matches: readonly Match[], key: NodeKey, offset: number): number {
  const order = new Map<NodeKey, number>();
  const walk = (node: LexicalNode) => {
    order.set(node.getKey(), order.size);
    if ($isElementNode(node)) node.getChildren().forEach(walk);
  };
  walk($getRoot());
  const at = order.get(key) ?? -1;
  const next = matches.findIndex((m) => {
    const o = order.get(m.key) ?? -1;
    return o > at || (o === at && m.start >= offset);
  });
  return next === -1 ? 0 : next;
}

/** Replaces one match, if it is still there and not in a quotation; says whether it did. Call inside an update. */
export function $replaceMatch(match: Match, replacement: string): boolean {
  if (match.place === 'quotation') return false;
  const node = $getNodeByKey(match.key);
  const splice = (text: string) => text.slice(0, match.start) + replacement + text.slice(match.end);
  if ($isTextNode(node)) {
    node.setTextContent(splice(node.getTextContent()));
    return true;
  }
  if ($isNoteMarkerNode(node)) {
    const marker = node.getMarker();
    if (marker.type !== 'footnote') return false;
    node.setMarker({ type: 'footnote', text: splice(marker.text) });
    return true;
  }
  return false;
}

/**
 * Replaces every match in the user's own text and footnotes, leaving quotations alone.
 * Formatting of each text run is kept. Call inside an update.
 */
export function $replaceAll(query: string, replacement: string, options: FindOptions): { replaced: number; skipped: number } {
  const matches = $findMatches(query, options);
  let replaced = 0;
  let skipped = 0;
  // Last first, so earlier offsets in the same node stay valid.
  for (const match of [...matches].reverse()) {
    if ($replaceMatch(match, replacement)) replaced++;
    else skipped++;
  }
  return { replaced, skipped };
}
