import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { HISTORY_MERGE_TAG } from 'lexical';
import type { Block } from '../../core/pack/schema';
import { sectionWords } from '../../core/pack/speakingTime';
import { BRIEFPACK_NODES } from './nodes';
import { $readOutline } from './outline';
import { $setBody } from './packConversion';

const t = (text: string) => ({ type: 'text' as const, text });

/** Every block kind under headings of each level, with guidance, markers and a free note. */
const BODY: Block[] = [
  { type: 'heading', level: 1, children: [t('Opening')] },
  { type: 'paragraph', guidance: true, children: [t('Thank the hosts; state the purpose.')] },
  { type: 'paragraph', children: [t('We welcome the Alliance’s well-known commitment,'), { type: 'cite', ref: 'pism-2016/abc', locator: { kind: 'paragraph', paragraph: 4 } }, t(' and its partners.'), { type: 'footnote', text: 'Said in October.' }] },
  { type: 'heading', level: 2, children: [t('Key messages')] },
  { type: 'list', ordered: false, items: [[t('First message.')], [t('Second message, a little longer.')]] },
  { type: 'quote', children: [t('A quotation of my own.')] },
  { type: 'heading', level: 3, children: [t('If asked')] },
  { type: 'excerpt', ref: { id: 'gmf-2017/x1', text: 'Verbatim text from the source, 2016–2017.', sourceText: 'Verbatim text from the source, 2016–2017.', adapted: false } },
  { type: 'recommendation', ref: { id: 'nato-south-2024/r1', text: 'Appoint a Special Envoy.', sourceText: 'Appoint a Special Envoy.', adapted: false } },
  { type: 'heading', level: 1, children: [t('Close')] },
];

describe('speaking time: the editor outline and printed talking points agree', () => {
  it('counts the same words per section as core/pack/speakingTime, which export prints', () => {
    const editor = createHeadlessEditor({ nodes: BRIEFPACK_NODES, onError: (e) => { throw e; } });
    editor.update(() => $setBody(BODY), { discrete: true, tag: HISTORY_MERGE_TAG });
    const outline = editor.getEditorState().read(() => $readOutline());
    expect(outline.map((e) => e.words)).toEqual(sectionWords(BODY));
    expect(sectionWords(BODY)).toEqual([9, 12, 11, 0]);
  });
});
