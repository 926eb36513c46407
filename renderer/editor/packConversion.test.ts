import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { HISTORY_MERGE_TAG } from 'lexical';
import type { Block } from '../../core/pack/schema';
import { BRIEFPACK_NODES } from './nodes';
import { $getBody, $setBody } from './packConversion';

const BODY: Block[] = [
  { type: 'heading', level: 1, children: [{ type: 'text', text: 'Summary' }] },
  { type: 'paragraph', guidance: true, children: [{ type: 'text', text: 'Say what the note is for.' }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'Plain, ' },
      { type: 'text', text: 'bold', bold: true },
      { type: 'text', text: ' and ' },
      { type: 'text', text: 'both', bold: true, italic: true },
      { type: 'cite', ref: 'pism-2016/abc', locator: { kind: 'paragraph', paragraph: 4 } },
      { type: 'cite', ref: 'pism-2016/abc', unreadLocator: 'see the annex' },
      { type: 'text', text: ' then a note.' },
      { type: 'footnote', text: 'The Minister asked for this.' },
    ],
  },
  { type: 'heading', level: 3, children: [{ type: 'text', text: 'Detail' }] },
  { type: 'quote', children: [{ type: 'text', text: 'A quotation of my own.' }] },
  { type: 'list', ordered: true, items: [[{ type: 'text', text: 'One' }], [{ type: 'text', text: 'Two', italic: true }]] },
  { type: 'list', ordered: false, items: [[{ type: 'text', text: 'Bullet' }]] },
  { type: 'excerpt', ref: { id: 'gmf-2017/x1', text: 'Verbatim text.', sourceText: 'Verbatim text.', adapted: false } },
  { type: 'recommendation', ref: { id: 'nato-south-2024/r1', text: 'Adapted text.', sourceText: 'Original text.', adapted: true } },
];

function editor() {
  return createHeadlessEditor({ nodes: BRIEFPACK_NODES, onError: (e) => { throw e; } });
}

describe('pack body ⇄ Lexical editor state', () => {
  it('round-trips every block and inline kind losslessly', () => {
    const ed = editor();
    ed.update(() => $setBody(BODY), { discrete: true, tag: HISTORY_MERGE_TAG });
    expect(ed.getEditorState().read(() => $getBody())).toEqual(BODY);
  });

  it('survives the editor JSON round trip (what Lexical clipboard and history use)', () => {
    const ed = editor();
    ed.update(() => $setBody(BODY), { discrete: true });
    const json = ed.getEditorState().toJSON();
    const again = editor();
    again.setEditorState(again.parseEditorState(json));
    expect(again.getEditorState().read(() => $getBody())).toEqual(BODY);
  });

  it('turns junk in a library node into a visibly missing reference instead of crashing', () => {
    const ed = editor();
    ed.update(() => $setBody(BODY), { discrete: true });
    const json = ed.getEditorState().toJSON();
    (json.root.children[7] as unknown as { ref: unknown }).ref = 'garbage';
    const again = editor();
    again.setEditorState(again.parseEditorState(json));
    const body = again.getEditorState().read(() => $getBody());
    expect(body[7]).toEqual({ type: 'excerpt', ref: { id: 'missing', text: '', sourceText: '', adapted: false } });
  });

  it('gives an empty body one empty paragraph to type in', () => {
    const ed = editor();
    ed.update(() => $setBody([]), { discrete: true });
    expect(ed.getEditorState().read(() => $getBody())).toEqual([{ type: 'paragraph', children: [] }]);
  });
});
