import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import type { Block } from '../../core/pack/schema';
import { BRIEFPACK_NODES } from './nodes';
import { $getBody, $setBody } from './packConversion';
import { $findMatches, $matchFrom, $replaceAll, $replaceMatch, findInText } from './findReplace';

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

  it('goes on after the replacement, so a word replaced by a longer one holding it is not matched again', () => {
    const ed = createHeadlessEditor({ nodes: BRIEFPACK_NODES, onError: (e) => { throw e; } });
    ed.update(() => $setBody([{ type: 'paragraph', children: [{ type: 'text', text: 'One cat, a cat.' }] }, { type: 'paragraph', children: [{ type: 'text', text: 'The cat.' }] }]), { discrete: true });
    const replaceAt = (i: number) => {
      let next = -1;
      ed.update(() => {
        const match = $findMatches('cat', ANY)[i]!;
        $replaceMatch(match, 'cats');
        next = $matchFrom($findMatches('cat', ANY), match.key, match.start + 'cats'.length);
      }, { discrete: true });
      return next;
    };
    expect(replaceAt(0)).toBe(1); // "One cats, a cat.": the next is the second "cat", not "cat" in "cats"
    expect(replaceAt(1)).toBe(2); // on to the next paragraph
    expect(replaceAt(2)).toBe(0); // past the last: back to the first (now in "cats")
    expect(ed.getEditorState().read(() => $getBody())).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'One cats, a cats.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'The cats.' }] },
    ]);
  });
});
