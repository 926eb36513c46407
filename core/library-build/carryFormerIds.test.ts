import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packFile } from '../pack/__fixtures__/packFile';
import { Library } from '../library/types';
import { prepareExport } from '../prepare/prepareExport';
import { carryFormerIds } from './carryFormerIds';

/**
 * A corrected passage gets a new ID (IDs hash the text); the build hands the old ID on to it,
 * so a pack made before the correction still cites it. Tested on the bundled library, with an
 * earlier build made up from it: one passage before a correction, one passage since deleted.
 */
const ROOT = join(import.meta.dirname, '../..');
const library = Library.parse(JSON.parse(readFileSync(join(ROOT, 'assets', 'library', 'library.json'), 'utf8')));
const strip = (l: Library): Library => ({ ...l, excerpts: l.excerpts.map(({ formerIds: _, ...e }) => e), recommendations: l.recommendations.map(({ formerIds: _, ...r }) => r) });
const current = strip(library);

const corrected = current.excerpts.find((e) => e.text.includes('gendarmerie-type'))!;
const beforeCorrection = { ...corrected, id: 'gmf-2017-x-before', text: corrected.text.replace('gendarmerie-type', 'gendarmerietype') };
const deleted = { ...current.excerpts[0]!, id: 'gmf-2017-x-deleted', text: 'A Possible ‘Periodization’' };
const earlier: Library = { ...current, excerpts: [...current.excerpts.filter((e) => e.id !== corrected.id), beforeCorrection, deleted] };

describe('carryFormerIds', () => {
  const { library: built, carried, retired } = carryFormerIds(earlier, current);

  it('hands a corrected passage’s old ID on to it, and retires the ID of one that is gone', () => {
    expect(carried).toEqual([{ from: 'gmf-2017-x-before', to: corrected.id, likeness: expect.closeTo(0.99, 2) }]);
    expect(retired).toEqual(['gmf-2017-x-deleted']);
    expect(built.excerpts.find((e) => e.id === corrected.id)?.formerIds).toEqual(['gmf-2017-x-before']);
    expect(built.excerpts.filter((e) => e.formerIds).length).toBe(1);
  });

  it('keeps former IDs through later builds, and never matches across sources or kinds', () => {
    const again = carryFormerIds(built, current);
    expect(again.carried).toEqual([]);
    expect(again.library.excerpts.find((e) => e.id === corrected.id)?.formerIds).toEqual(['gmf-2017-x-before']);
    const elsewhere = { ...beforeCorrection, sourceId: 'pism-2016' };
    const asRecommendation = carryFormerIds({ ...current, excerpts: [...current.excerpts.filter((e) => e.id !== corrected.id), elsewhere] }, current);
    expect(asRecommendation.carried).toEqual([]);
    expect(asRecommendation.retired).toEqual(['gmf-2017-x-before']);
  });

  it('lets a pack that cites the old ID export its note, and says the library’s text has changed', () => {
    const pack = packFile([{ type: 'excerpt', ref: { id: 'gmf-2017-x-before', text: beforeCorrection.text, sourceText: beforeCorrection.text, adapted: false } }]);
    const withFormer = prepareExport(pack, built);
    expect(withFormer.warnings.map((w) => w.kind)).not.toContain('missing-source');
    expect(withFormer.doc.notes).toHaveLength(1);
    expect(JSON.stringify(withFormer.doc.notes[0])).toContain('Wehrey');
    expect(withFormer.warnings.map((w) => w.kind)).toEqual(['quotation-changed']);
    // Without the carried ID the same pack loses its note.
    expect(prepareExport(pack, current).warnings.map((w) => w.kind)).toContain('missing-source');
  });
});
