import { $createRangeSelection, $getRoot, $isTextNode, $setSelection, type TextNode, type LexicalNode, $isElementNode } from 'lexical';

/**
 * Find and replace over the user's own text. Library quotations are decorator nodes, not text
 * nodes, so a replace can never alter a quotation. Matching is case-insensitive.
 */

function $textNodes(): TextNode[] {
  const out: TextNode[] = [];
  const walk = (n: LexicalNode) => {
    if ($isTextNode(n)) out.push(n);
    else if ($isElementNode(n)) n.getChildren().forEach(walk);
  };
  walk($getRoot());
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function $countMatches(query: string): number {
  if (!query) return 0;
  const re = new RegExp(escape(query), 'gi');
  return $textNodes().reduce((n, t) => n + (t.getTextContent().match(re)?.length ?? 0), 0);
}

/** Selects the match after the `index`-th one (wrapping); returns false when there is none. */
export function $selectMatch(query: string, index: number): boolean {
  if (!query) return false;
  const re = new RegExp(escape(query), 'gi');
  const matches: { node: TextNode; start: number }[] = [];
  for (const node of $textNodes()) for (const m of node.getTextContent().matchAll(re)) matches.push({ node, start: m.index });
  if (!matches.length) return false;
  const { node, start } = matches[index % matches.length]!;
  const sel = $createRangeSelection();
  sel.anchor.set(node.getKey(), start, 'text');
  sel.focus.set(node.getKey(), start + query.length, 'text');
  $setSelection(sel);
  return true;
}

/** Replaces every match; returns how many. Formatting of each text run is kept. */
export function $replaceAll(query: string, replacement: string): number {
  if (!query) return 0;
  const re = new RegExp(escape(query), 'gi');
  let count = 0;
  for (const node of $textNodes()) {
    const text = node.getTextContent();
    const next = text.replace(re, () => {
      count++;
      return replacement;
    });
    if (next !== text) node.setTextContent(next);
  }
  return count;
}
