import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import type { Block } from '../../core/pack/schema';
import { BRIEFPACK_NODES } from './nodes';
import { $getBody, $setBody } from './packConversion';
import { $findMatches, $replaceAll, findInText } from './findReplace';

const ANY = { matchCase: false, wholeWord: false };

describe('find', () => {
  it('matches case and whole words only when asked', () => {
    const text = 'The Minister met Ministers; the minister left.';
    expect(findInText(text, 'Minister', ANY)).toHaveLength(3);
    expect(findInText(text, 'Minister', { matchCase: true, wholeWord: false })).toHaveLength(2);
    expect(findInText(text, 'Minister', { matchCase: false, wholeWord: true })).toEqual([[4, 12], [32, 40]]);
    expect(findInText(text, 'a.b', ANY)).toEqual([]); // the query is text, not a pattern
  });

  it('looks in own text, footnotes and quotations; replace all leaves quotations and says how many', () => {
    const body: Block[] = [
      { type: 'paragraph', children: [{ type: 'text', text: 'The Minister spoke.' }, { type: 'footnote', text: 'Minister’s office.' }] },
      { type: 'excerpt', ref: { id: 'a/b', text: 'The Minister of Defence.', sourceText: 'The Minister of Defence.', adapted: false } },
    ];
    const ed = createHeadlessEditor({ nodes: BRIEFPACK_NODES, onError: (e) => { throw e; } });
    ed.update(() => $setBody(body), { discrete: true });
    expect(ed.getEditorState().read(() => $findMatches('minister', ANY).map((m) => m.place))).toEqual(['text', 'note', 'quotation']);
    let result = { replaced: 0, skipped: 0 };
    ed.update(() => void (result = $replaceAll('Minister', 'Foreign Secretary', { matchCase: true, wholeWord: true })), { discrete: true });
    expect(result).toEqual({ replaced: 2, skipped: 1 });
    expect(ed.getEditorState().read(() => $getBody())).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'The Foreign Secretary spoke.' }, { type: 'footnote', text: 'Foreign Secretary’s office.' }] },
      body[1],
    ]);
  });
});
