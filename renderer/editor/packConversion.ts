import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, type ElementNode, type LexicalNode } from 'lexical';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $createListItemNode, $createListNode, $isListItemNode, $isListNode } from '@lexical/list';
import type { Block, Inline } from '../../core/pack/schema';
import { $createExcerptNode, $isExcerptNode } from './nodes/ExcerptNode';
import { $createRecommendationNode, $isRecommendationNode } from './nodes/RecommendationNode';
import { $createGuidanceNode, $isGuidanceNode } from './nodes/GuidanceNode';
import { $createNoteMarkerNode, $isNoteMarkerNode } from './nodes/NoteMarkerNode';

const BOLD = 1;
const ITALIC = 2;

/** Replaces the editor's content with the pack body. Call inside editor.update(). */
export function $setBody(body: Block[]): void {
  const root = $getRoot();
  root.clear();
  for (const block of body) root.append($blockNode(block));
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
}

function $blockNode(block: Block): LexicalNode {
  switch (block.type) {
    case 'heading':
      return $withInlines($createHeadingNode(`h${block.level}`), block.children);
    case 'paragraph':
      return block.guidance ? $createGuidanceNode(plain(block.children)) : $withInlines($createParagraphNode(), block.children);
    case 'quote':
      return $withInlines($createQuoteNode(), block.children);
    case 'list': {
      const list = $createListNode(block.ordered ? 'number' : 'bullet');
      for (const item of block.items) list.append($withInlines($createListItemNode(), item));
      return list;
    }
    case 'excerpt':
      return $createExcerptNode(block.ref);
    case 'recommendation':
      return $createRecommendationNode(block.ref);
  }
}

function $withInlines<T extends ElementNode>(element: T, inlines: Inline[]): T {
  for (const inline of inlines) {
    if (inline.type === 'text') {
      const text = $createTextNode(inline.text);
      text.setFormat((inline.bold ? BOLD : 0) | (inline.italic ? ITALIC : 0));
      element.append(text);
    } else if (inline.type === 'cite') {
      element.append($createNoteMarkerNode(inline));
    } else {
      element.append($createNoteMarkerNode({ type: 'footnote', text: inline.text }));
    }
  }
  return element;
}

const plain = (inlines: Inline[]) => inlines.map((i) => (i.type === 'text' ? i.text : '')).join('');

/** Reads the editor's content as a pack body. Call inside editor.read() or update(). */
export function $getBody(): Block[] {
  const blocks: Block[] = [];
  for (const node of $getRoot().getChildren()) {
    const block = $nodeBlock(node);
    if (block) blocks.push(block);
  }
  return blocks;
}

function $nodeBlock(node: LexicalNode): Block | null {
  if ($isHeadingNode(node)) {
    const level = Math.min(3, Number(node.getTag().slice(1))) as 1 | 2 | 3;
    return { type: 'heading', level, children: $inlines(node) };
  }
  if ($isQuoteNode(node)) return { type: 'quote', children: $inlines(node) };
  if ($isListNode(node)) {
    return {
      type: 'list',
      ordered: node.getListType() === 'number',
      items: node.getChildren().filter($isListItemNode).map((item) => $inlines(item)),
    };
  }
  if ($isExcerptNode(node)) return { type: 'excerpt', ref: node.getRef() };
  if ($isRecommendationNode(node)) return { type: 'recommendation', ref: node.getRef() };
  if ($isGuidanceNode(node)) return { type: 'paragraph', guidance: true, children: [{ type: 'text', text: node.getText() }] };
  if ($isElementNode(node)) return { type: 'paragraph', children: $inlines(node) };
  return null;
}

function $inlines(element: ElementNode): Inline[] {
  const out: Inline[] = [];
  for (const child of element.getChildren()) {
    if ($isTextNode(child)) {
      const text = child.getTextContent();
      if (text === '') continue;
      const run: Inline = { type: 'text', text };
      if (child.hasFormat('bold')) run.bold = true;
      if (child.hasFormat('italic')) run.italic = true;
      const prev = out.at(-1);
      // Lexical splits runs for reasons of its own (selection, merges); the pack keeps one per style.
      if (prev?.type === 'text' && !!prev.bold === !!run.bold && !!prev.italic === !!run.italic) prev.text += text;
      else out.push(run);
    } else if ($isNoteMarkerNode(child)) {
      out.push(child.getMarker());
    } else if (child.getType() === 'linebreak') {
      const prev = out.at(-1);
      if (prev?.type === 'text') prev.text += '\n';
      else out.push({ type: 'text', text: '\n' });
    } else if ($isElementNode(child)) {
      out.push(...$inlines(child));
    }
  }
  return out;
}
