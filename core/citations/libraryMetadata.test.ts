import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Library } from '../library/types';
import { headlineStyleProblems } from './headlineStyle';
import { itemFacts } from './itemFacts';
import { isDescriptiveTitle } from './RunWriter';

/**
 * The bundled library's metadata held to the Chicago facts the formatter cannot supply itself:
 * the formatter prints what the metadata says, so these are checks on the metadata.
 */
const LIBRARY_PATH = fileURLToPath(new URL('../../assets/library/library.json', import.meta.url));
const hasLibrary = existsSync(LIBRARY_PATH);

describe.skipIf(!hasLibrary)('library metadata', () => {
  const library = Library.parse(JSON.parse(readFileSync(LIBRARY_PATH, 'utf8')));
  const items = [...library.sources.map((s) => ({ sourceId: s.id, csl: s.csl })), ...library.parts.map((p) => ({ sourceId: p.sourceId, csl: p.csl }))];

  it('gives every chapter of a paginated work its page range, and the range holds its excerpts', () => {
    for (const part of library.parts) {
      const source = library.sources.find((s) => s.id === part.sourceId);
      if (!source?.pages || itemFacts(part.csl).shape !== 'chapter') continue;
      const range = part.csl.page ?? '';
      expect(range, part.id).toMatch(/^\d+-\d+$/);
      const [first, last] = range.split('-').map(Number) as [number, number];
      for (const e of library.excerpts.filter((x) => x.partId === part.id)) {
        const [from, to = from] = (e.locator.page ?? '').split('-').map(Number) as [number, number?];
        expect(from >= first && to <= last, `${e.id} p. ${e.locator.page} outside ${part.id} ${range}`).toBe(true);
      }
    }
  });

  it('brackets every publisher the metadata says was inferred', () => {
    for (const { csl } of items) {
      if (!/publisher inferred/i.test(csl.note ?? '')) continue;
      expect(csl.publisher, csl.id).toMatch(/^\[[^\]]+\]$/);
    }
  });

  it('writes titles in headline style (CMOS 8.159), except descriptive ones, which are sentence style', () => {
    for (const { csl } of items) {
      for (const title of [csl.title, csl['container-title']]) {
        if (!title || isDescriptiveTitle(title)) continue;
        expect(headlineStyleProblems(title), `${csl.id}: ${title}`).toEqual([]);
      }
    }
  });

  it('types the online journal article as an article, so its journal prints in italics', () => {
    const cepa = library.sources.find((s) => s.id === 'cepa-borsari');
    expect(cepa && itemFacts(cepa.csl).shape).toBe('periodical');
  });
});
