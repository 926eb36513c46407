import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, $isTextNode, HISTORY_MERGE_TAG, UNDO_COMMAND, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import { $isHeadingNode } from '@lexical/rich-text';
import type { Block, Inline } from '../../core/pack/schema';
import type { Library } from '../../core/library/types';
import { packFile } from '../../core/pack/__fixtures__/packFile';
import { prepareExport } from '../../core/prepare/prepareExport';
import { plainText } from '../../core/citations/plainText';
import { BRIEFPACK_NODES } from '../../renderer/editor/nodes';
import { $getBody, $setBody } from '../../renderer/editor/packConversion';
import { $moveSection } from '../../renderer/editor/outline';
import { registerNoteNumbering } from '../../renderer/editor/noteNumbers';
import { $isNoteMarkerNode } from '../../renderer/editor/nodes/NoteMarkerNode';
import { $isLibraryBlockNode } from '../../renderer/editor/nodes/LibraryBlockNode';

/**
 * The editor's note numbers against export's: after each kind of edit that can reorder notes,
 * every marker and library block shows the number its note gets in the exported document. Each
 * note is told apart by its text (a footnote's own words; for a passage the library lacks,
 * export's "Source unavailable: … <id> …" sentence), so no library is needed.
 */
const EMPTY_LIBRARY: Library = { format: 'briefpack-library', version: 1, sources: [], parts: [], excerpts: [], recommendations: [] };
const t = (text: string): Inline => ({ type: 'text', text });
const note = (text: string): Inline => ({ type: 'footnote', text });
const cite = (ref: string): Inline => ({ type: 'cite', ref });
const excerpt = (id: string): Block => ({ type: 'excerpt', ref: { id, text: `Quoted ${id}.`, sourceText: `Quoted ${id}.`, adapted: false } });
const heading = (text: string): Block => ({ type: 'heading', level: 1, children: [t(text)] });

const BODY: Block[] = [
  heading('First'),
  { type: 'paragraph', children: [t('One.'), note('note in First'), t(' Two.'), cite('lib/first-cite')] },
  heading('Second'),
  excerpt('lib/second-excerpt'),
  { type: 'paragraph', children: [t('Three.'), note('note in Second')] },
  heading('Third'),
  { type: 'list', ordered: false, items: [[t('Point'), cite('lib/third-cite')], [t('Point'), note('note in Third')]] },
];

/** What identifies a node's note in the export: its footnote text or its library id. */
function $labelOf(node: LexicalNode): string {
  if ($isLibraryBlockNode(node)) return node.getRef().id;
  if ($isNoteMarkerNode(node)) {
    const m = node.getMarker();
    return m.type === 'cite' ? m.ref : m.text;
  }
  return '';
}

function setup(): { editor: LexicalEditor; numbers: () => Record<NodeKey, number>; recomputed: () => number } {
  const editor = createHeadlessEditor({ nodes: BRIEFPACK_NODES, onError: (e) => { throw e; } });
  registerHistory(editor, createEmptyHistoryState(), 0);
  editor.update(() => $setBody(BODY), { discrete: true, tag: HISTORY_MERGE_TAG });
  let latest: Record<NodeKey, number> = {};
  let count = 0;
  registerNoteNumbering(editor, (n) => {
    latest = n;
    count++;
  });
  return { editor, numbers: () => latest, recomputed: () => count };
}

/** Editor: label → number shown. Export: label → number of the note that carries it. */
function compare(editor: LexicalEditor, shown: Record<NodeKey, number>): { editor: Record<string, number>; exported: Record<string, number> } {
  const fromEditor: Record<string, number> = {};
  let body: Block[] = [];
  editor.getEditorState().read(() => {
    const walk = (node: LexicalNode) => {
      const label = $labelOf(node);
      if (label) fromEditor[label] = shown[node.getKey()] ?? 0;
      if ($isElementNode(node)) node.getChildren().forEach(walk);
    };
    walk($getRoot());
    body = $getBody();
  });
  const { doc } = prepareExport(packFile(body), EMPTY_LIBRARY);
  const exported: Record<string, number> = {};
  for (const n of doc.notes) {
    const text = plainText(n.runs);
    const label = Object.keys(fromEditor).find((l) => text === l || text.includes(` ${l} `));
    if (label) exported[label] = n.n;
  }
  return { editor: fromEditor, exported };
}

const headingKey = (editor: LexicalEditor, text: string): string =>
  editor.getEditorState().read(() => $getRoot().getChildren().find((n) => $isHeadingNode(n) && n.getTextContent() === text)?.getKey() ?? '');

describe('editor note numbers follow export after every reordering edit', () => {
  it('numbers as export does when the pack opens', () => {
    const { editor, numbers } = setup();
    const { editor: shown, exported } = compare(editor, numbers());
    expect(Object.keys(shown)).toHaveLength(6);
    expect(shown).toEqual(exported);
    expect(shown['note in First']).toBe(1);
  });

  it('moving a section with the outline renumbers, and undo puts the numbers back', async () => {
    const { editor, numbers } = setup();
    editor.update(() => $moveSection(headingKey(editor, 'Third'), headingKey(editor, 'First')), { discrete: true });
    const moved = compare(editor, numbers());
    expect(moved.editor).toEqual(moved.exported);
    expect(moved.editor['lib/third-cite']).toBe(1);
    expect(moved.editor['note in First']).toBe(3);

    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await new Promise((resolve) => setTimeout(resolve, 0)); // undo commits its earlier state on the next tick
    const undone = compare(editor, numbers());
    expect(undone.editor).toEqual(undone.exported);
    expect(undone.editor['note in First']).toBe(1);
  });

  it('deleting a section renumbers what follows', () => {
    const { editor, numbers } = setup();
    editor.update(() => {
      // The section Second: its heading, the excerpt and the paragraph under it.
      $getRoot().getChildren().slice(2, 5).forEach((n) => n.remove());
    }, { discrete: true });
    const after = compare(editor, numbers());
    expect(after.editor).toEqual(after.exported);
    expect(after.editor['lib/second-excerpt']).toBeUndefined();
    expect(after.editor['lib/third-cite']).toBe(3);
  });

  it('pasting a paragraph with a note before the others renumbers them', () => {
    const { editor, numbers } = setup();
    editor.update(() => {
      $setBody([{ type: 'paragraph', children: [t('Pasted.'), note('pasted note')] }, ...BODY]);
    }, { discrete: true, tag: 'paste' });
    const after = compare(editor, numbers());
    expect(after.editor).toEqual(after.exported);
    expect(after.editor['pasted note']).toBe(1);
    expect(after.editor['note in Third']).toBe(7);
  });

  it('does not walk the document while plain text is typed', () => {
    const { editor, recomputed } = setup();
    const before = recomputed();
    editor.update(() => {
      const paragraph = $getRoot().getChildren()[1];
      const text = $isElementNode(paragraph) ? paragraph.getFirstDescendant() : null;
      if ($isTextNode(text)) text.select(3, 3);
    }, { discrete: true });
    for (const ch of 'typed') {
      editor.update(() => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText(ch);
      }, { discrete: true });
    }
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toContain('Onetyped.');
    expect(recomputed()).toBe(before);
  });
});
