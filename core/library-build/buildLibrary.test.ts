import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLibrary } from './buildLibrary';
import { LibraryMetadata } from './metadata';
import { formatLibraryReport } from './report';
import { serializeLibrary } from './serializeLibrary';
import { Library } from '../library/types';

const dir = new URL('../../assets/sources/', import.meta.url);
const metadata = LibraryMetadata.parse(JSON.parse(readFileSync(new URL('metadata.json', dir), 'utf8')));
const inputs = metadata.sources.map((s) => ({ file: s.file, text: readFileSync(new URL(s.file, dir), 'utf8') }));

describe('buildLibrary on the bundled sources', () => {
  const first = buildLibrary(inputs, metadata);

  it('is deterministic: two builds serialize byte-identically', () => {
    const second = buildLibrary(inputs, structuredClone(metadata));
    expect(serializeLibrary(second.library)).toBe(serializeLibrary(first.library));
  });

  it('validates against the Library schema', () => {
    expect(() => Library.parse(JSON.parse(serializeLibrary(first.library)))).not.toThrow();
  });

  it('serializes with sorted keys and a trailing newline', () => {
    const text = serializeLibrary(first.library);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.indexOf('"excerpts"')).toBeLessThan(text.indexOf('"format"'));
  });

  it('leaves no unexplained anomaly', () => {
    const unexplained = first.report.anomalies.filter((a) => !a.reason);
    expect(unexplained).toEqual([]);
    expect(first.report.unexplained).toBe(0);
  });

  it('reports per-source counts', () => {
    const bySource = Object.fromEntries(first.report.sources.map((s) => [s.sourceId, s]));
    expect(bySource['gmf-2017']).toMatchObject({ pages: 16, footnotes: 25, notesAttached: 25, numberedRecommendations: 2 });
    expect(bySource['pism-2016']).toMatchObject({ pages: 0, footnotes: 16, recommendations: 13 });
    expect(bySource['cepa-borsari']).toMatchObject({ pages: 0, footnotes: 0, recommendations: 5 });
    expect(bySource['iai-dynamic-change']).toMatchObject({ footnotes: 147, notesAttached: 147, numberedRecommendations: 11, recommendations: 26 });
    expect(bySource['nato-south-2024']).toMatchObject({ pages: 32, footnotes: 9, notesAttached: 9, numberedRecommendations: 115 });
    const text = formatLibraryReport(first.report);
    expect(text).toContain('nato-south-2024');
    expect(text).toMatch(/Anomalies: \d+ \(0 unexplained\)/);
  });

  it('gives every excerpt and recommendation a unique ID', () => {
    const ids = [...first.library.excerpts, ...first.library.recommendations].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps IDs when another source is removed from the build', () => {
    const only = { sources: metadata.sources.filter((s) => s.id === 'nato-south-2024') };
    const alone = buildLibrary(inputs, only).library;
    const full = new Set(first.library.excerpts.map((e) => e.id));
    const kept = alone.excerpts.filter((e) => full.has(e.id)).length;
    expect(kept).toBe(alone.excerpts.length);
  });

  it('refuses a source without its text', () => {
    expect(() => buildLibrary(inputs.slice(1), metadata)).toThrow(/000_bb7d80a77a2e6b56\.txt.*missing/);
  });
});
