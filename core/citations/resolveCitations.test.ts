import { describe, expect, it } from 'vitest';
import { FIXTURES } from './__fixtures__/fixtureItems';
import { markItalics } from './__fixtures__/markItalics';
import { CslItem } from './csl';
import { formatFullNote } from './formatFullNote';
import { formatShortNote } from './formatShortNote';
import { plainText } from './plainText';
import { resolveCitations } from './resolveCitations';
import type { NoteRequest, ResolvedCitations } from './types';

const ITEMS = new Map(FIXTURES.map((f) => [f.item.id, CslItem.parse(f.item)]));
const item = (id: string): CslItem => {
  const found = ITEMS.get(id);
  if (!found) throw new Error(`fixture ${id} missing`);
  return found;
};

const cite = (itemId: string, page?: string, adapted?: boolean): NoteRequest => ({
  kind: 'cite',
  itemId,
  ...(page ? { locator: { kind: 'page' as const, page: page.replace('-', '–') } } : {}),
  ...(adapted ? { adapted } : {}),
});

/** First, later, consecutive, after a text note, adapted, without a locator. */
const SEQUENCE: NoteRequest[] = [
  cite('pism-nato-in-libya', '3'),
  cite('pism-nato-in-libya', '3'),
  cite('pism-nato-in-libya', '5-6'),
  cite('iai-giegerich-smart-defence', '32'),
  { kind: 'text', text: 'The annex lists the Alliance’s southern partners.' },
  cite('iai-giegerich-smart-defence', '32'),
  cite('pism-nato-in-libya', '4', true),
  cite('pism-nato-in-libya', '4'),
  cite('pism-nato-in-libya'),
  cite('gmf-introduction', '2'),
  cite('gmf-introduction', '2', true),
  { kind: 'cite', itemId: 'cepa-borsari', locator: { kind: 'section', section: 'Policy Recommendations', paragraph: 3 } },
];

function render(resolved: ResolvedCitations): string {
  return [
    ...resolved.notes.map((runs, i) => `${i + 1}. ${markItalics(runs)}`),
    '',
    'Bibliography',
    ...resolved.bibliography.map(markItalics),
    '',
  ].join('\n');
}

describe('resolveCitations numbering', () => {
  it('with ibid', async () => {
    await expect(render(resolveCitations(SEQUENCE, ITEMS, { ibid: true }))).toMatchFileSnapshot('__golden__/sequence-ibid-on.txt');
  });

  it('without ibid', async () => {
    await expect(render(resolveCitations(SEQUENCE, ITEMS, { ibid: false }))).toMatchFileSnapshot('__golden__/sequence-ibid-off.txt');
  });

  it('numbers one note per request, first full and later short', () => {
    const { notes, bibliography } = resolveCitations(SEQUENCE, ITEMS, { ibid: false });
    expect(notes).toHaveLength(SEQUENCE.length);
    expect(notes[0]).toEqual(formatFullNote(item('pism-nato-in-libya'), { kind: 'page', page: '3' }));
    expect(notes[1]).toEqual(formatShortNote(item('pism-nato-in-libya'), { kind: 'page', page: '3' }));
    expect(plainText(notes[4] ?? [])).toBe('The annex lists the Alliance’s southern partners.');
    expect(bibliography).toHaveLength(4);
  });

  it('uses Ibid. only right after a note for the same work, never across a text note', () => {
    const texts = resolveCitations(SEQUENCE, ITEMS, { ibid: true }).notes.map(plainText);
    expect(texts[1]).toBe('Ibid.');
    expect(texts[2]).toBe('Ibid., 5–6.');
    expect(texts[5]).toBe('Giegerich, “NATO’s Smart Defence Agenda,” 32.');
    expect(texts[6]).toBe('Adapted from Quercia et al., NATO in Libya, 4.');
    expect(texts[7]).toBe('Ibid.');
    // No locator after a note with one: "Ibid." would claim the same page.
    expect(texts[8]).toBe('Quercia et al., NATO in Libya.');
    expect(texts[10]).toBe('Adapted from ibid.');
  });

  it('names the unknown item', () => {
    expect(() => resolveCitations([cite('no-such-part', '1')], ITEMS, { ibid: true })).toThrow(/no-such-part/);
  });

  it('passes a text note through as one run and keeps an empty one empty', () => {
    const { notes, bibliography } = resolveCitations(
      [{ kind: 'text', text: 'My own note with “quotes”.' }, { kind: 'text', text: '' }],
      ITEMS,
      { ibid: true },
    );
    expect(notes).toEqual([[{ text: 'My own note with “quotes”.' }], []]);
    expect(bibliography).toEqual([]);
  });

  it('sorts the bibliography of every fixture by author, corporate name or title', async () => {
    const all = FIXTURES.map((f) => cite(f.item.id, '1'));
    const { bibliography } = resolveCitations(all, ITEMS, { ibid: true });
    expect(bibliography).toHaveLength(FIXTURES.length);
    await expect(bibliography.map(markItalics).join('\n') + '\n').toMatchFileSnapshot('__golden__/bibliography-all-fixtures.txt');
  });
});
