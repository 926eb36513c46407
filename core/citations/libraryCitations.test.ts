import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Library } from '../library/types';
import { libraryLocator } from '../library/libraryLocator';
import { markItalics } from './__fixtures__/markItalics';
import type { CslItem } from './csl';
import { formatBibliographyEntry } from './formatBibliographyEntry';
import { formatFullNote } from './formatFullNote';
import { formatShortNote } from './formatShortNote';
import { plainText } from './plainText';
import { resolveCitations } from './resolveCitations';
import type { NoteLocator, StyledRun } from './types';

/**
 * Every source and part of the real bundled library, in every form. Skipped until the library
 * build has written assets/library/library.json; after that, a change to the metadata or to the
 * formatter shows up as a diff of __golden__/library.txt to review.
 */
const LIBRARY_PATH = fileURLToPath(new URL('../../assets/library/library.json', import.meta.url));
const hasLibrary = existsSync(LIBRARY_PATH);

interface Cited {
  item: CslItem;
  /** Places of the part's first and second excerpts, as prepareExport cites them. */
  first: NoteLocator;
  second: NoteLocator;
}

function loadCited(): Cited[] {
  const library = Library.parse(JSON.parse(readFileSync(LIBRARY_PATH, 'utf8')));
  // The same ids prepareExport cites: a part's CSL under the part's id; a single-work source's
  // one part shares the source's id and replaces it.
  const items = new Map<string, CslItem>();
  for (const s of library.sources) items.set(s.csl.id, s.csl);
  for (const p of library.parts) items.set(p.id, { ...p.csl, id: p.id });
  return [...items.values()].map((item) => {
    const places = library.excerpts
      .filter((e) => e.partId === item.id || (e.sourceId === item.id && !items.has(e.partId)))
      .map((e) => libraryLocator(e, item.title));
    return { item, first: places[0] ?? { kind: 'page', page: '2' }, second: places[1] ?? places[0] ?? { kind: 'page', page: '3' } };
  });
}

function forms({ item, first, second }: Cited): [string, StyledRun[]][] {
  const items = new Map([[item.id, item]]);
  const cite = (locator: NoteLocator) => ({ kind: 'cite' as const, itemId: item.id, locator });
  const ibid = resolveCitations([cite(first), cite(second)], items, { ibid: true }).notes[1] ?? [];
  return [
    ['full', formatFullNote(item, first)],
    ['short', formatShortNote(item, second)],
    ['ibid', ibid],
    ['bibliography', formatBibliographyEntry(item)],
  ];
}

describe.skipIf(!hasLibrary)('citations of the bundled library', () => {
  it('matches the golden file', async () => {
    const text = loadCited()
      .map((cited) => [`# ${cited.item.id}`, ...forms(cited).map(([label, runs]) => `${label}: ${markItalics(runs)}`), ''].join('\n'))
      .join('\n');
    await expect(text).toMatchFileSnapshot('__golden__/library.txt');
  });

  it('prints no straight quotes, gaps or doubled punctuation', () => {
    for (const cited of loadCited()) {
      const { item } = cited;
      for (const [label, runs] of forms(cited)) {
        const text = plainText(runs).replace(/https?:\/\/\S*[^\s.,]/g, 'URL');
        const where = `${item.id} ${label}: ${text}`;
        expect(text, where).not.toMatch(/["']|undefined|\[Untitled\]|,,|\.\.|\s[,.]|\(\s*\)|\s{2}/);
        expect(text.endsWith('.') || text.endsWith('.”'), where).toBe(true);
        expect(runs.every((r) => r.text.length > 0), where).toBe(true);
      }
    }
  });
});
