import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { withDOM } from '@lexical/headless/dom';
import { $generateHtmlFromNodes } from '@lexical/html';
import { $createParagraphNode, $getRoot, type LexicalEditor } from 'lexical';
import { BRIEFPACK_NODES } from './index';
import { $createExcerptNode, $isExcerptNode } from './ExcerptNode';
import { $createNoteMarkerNode } from './NoteMarkerNode';
import { $createGuidanceNode } from './GuidanceNode';

const REF = { id: 'gmf-2017/x1', text: 'NATO must act.', sourceText: 'NATO must act.', adapted: false };

function editor(): LexicalEditor {
  return createHeadlessEditor({ nodes: BRIEFPACK_NODES, onError: (e) => { throw e; } });
}

describe('Briefpack editor nodes', () => {
  it('keep the JSON keys earlier editor states used (ref, marker, text), so history and clipboard read them', () => {
    const ed = editor();
    ed.update(
      () => {
        const p = $createParagraphNode().append($createNoteMarkerNode({ type: 'cite', ref: 'a/b', locator: { kind: 'page', page: '4' } }));
        $getRoot().clear().append($createExcerptNode(REF), p, $createGuidanceNode('Say why.'));
      },
      { discrete: true },
    );
    const [excerpt, paragraph, guidance] = ed.getEditorState().toJSON().root.children as unknown as Record<string, unknown>[];
    expect(excerpt).toMatchObject({ type: 'bp-excerpt', ref: REF });
    expect((paragraph!.children as Record<string, unknown>[])[0]).toMatchObject({ type: 'bp-note', marker: { type: 'cite', ref: 'a/b', locator: { kind: 'page', page: '4' } } });
    expect(guidance).toMatchObject({ type: 'bp-guidance', text: 'Say why.' });
  });

  it('an adaptation edited back to the library text is verbatim again; restoreOriginal puts the words back', () => {
    const ed = editor();
    ed.update(() => void $getRoot().clear().append($createExcerptNode(REF)), { discrete: true });
    const ref = () => ed.getEditorState().read(() => ($getRoot().getFirstChild() as ReturnType<typeof $createExcerptNode>).getRef());
    const edit = (f: (n: ReturnType<typeof $createExcerptNode>) => void) =>
      ed.update(() => {
        const n = $getRoot().getFirstChild();
        if ($isExcerptNode(n)) f(n);
      }, { discrete: true });
    edit((n) => n.setText('NATO should act.'));
    expect(ref()).toMatchObject({ text: 'NATO should act.', adapted: true });
    edit((n) => n.setText('NATO must act.'));
    expect(ref()).toMatchObject({ text: 'NATO must act.', adapted: false });
    edit((n) => n.setText('Changed.'));
    edit((n) => n.restoreOriginal());
    expect(ref()).toEqual(REF);
  });

  it('takes the library’s corrected text and the passage’s current ID, and is verbatim again', () => {
    const ed = editor();
    const old = { ...REF, id: 'gmf-2017/x-old', text: 'NATO mustact.', sourceText: 'NATO mustact.' };
    ed.update(() => void $getRoot().clear().append($createExcerptNode(old)), { discrete: true });
    ed.update(() => {
      const n = $getRoot().getFirstChild();
      if ($isExcerptNode(n)) n.takeLibraryText({ id: 'gmf-2017/x-new', text: 'NATO must act.' });
    }, { discrete: true });
    expect(ed.getEditorState().read(() => ($getRoot().getFirstChild() as ReturnType<typeof $createExcerptNode>).getRef())).toEqual({
      id: 'gmf-2017/x-new',
      text: 'NATO must act.',
      sourceText: 'NATO must act.',
      adapted: false,
    });
  });

  it('copies a quotation as a block quote with its words, not an empty div; guidance is not copied', () => {
    const ed = editor();
    ed.update(() => void $getRoot().clear().append($createGuidanceNode('Hint.'), $createExcerptNode(REF), $createParagraphNode().append($createNoteMarkerNode({ type: 'footnote', text: 'Ours.' }))), { discrete: true });
    const html = withDOM(() => ed.getEditorState().read(() => $generateHtmlFromNodes(ed, null)));
    expect(html).toContain('<blockquote data-library-id="gmf-2017/x1">NATO must act.</blockquote>');
    expect(html).toContain('<sup>[Ours.]</sup>');
    expect(html).not.toContain('Hint.');
  });
});
