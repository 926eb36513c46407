import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../core/library/types';
import type { Block } from '../../core/pack/schema';
import { packFile } from '../../core/pack/__fixtures__/packFile';
import { prepareExport } from '../../core/prepare/prepareExport';
import { plainText } from '../../core/citations/plainText';
import { buildSearchIndex } from '../../core/search/buildSearchIndex';
import { search } from '../../core/search/search';

/**
 * Search results promise each item's locator "as it prints in a note": search (and so the
 * library panel, `library search --json` and the CLI listing, which show the hit's locator)
 * and the notes of an exported pack are fed the same library, and every search result's
 * locator must appear verbatim in the note that cites that item.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const library = Library.parse(JSON.parse(readFileSync(join(ROOT, 'assets', 'library', 'library.json'), 'utf8')));
const index = buildSearchIndex(library);

function notesFor(ids: readonly string[], textOf: (id: string) => string, type: 'excerpt' | 'recommendation'): string[] {
  const body: Block[] = ids.map((id) => ({ type, ref: { id, text: textOf(id), sourceText: textOf(id), adapted: false } }) as Block);
  const { doc, warnings } = prepareExport(packFile(body, { settings: { ibid: false } }), library);
  expect(warnings).toEqual([]);
  return doc.notes.map((n) => plainText(n.runs));
}

/** The locator as a whole element of the note: after a space, before the period or comma that ends it. */
function printsLocator(note: string, locator: string): boolean {
  const at = note.lastIndexOf(` ${locator}`);
  return at >= 0 && /^[.,]/.test(note.slice(at + locator.length + 1));
}

describe('one locator for search results and notes', () => {
  const hits = search(index, { text: '', limit: 100_000 }).hits;

  it.each(['excerpt', 'recommendation'] as const)('every %s: the search result’s locator appears verbatim in its note', (kind) => {
    const items = hits.filter((h) => h.kind === kind);
    expect(items.length).toBe(kind === 'excerpt' ? library.excerpts.length : library.recommendations.length);
    const text = new Map(items.map((h) => [h.id, h.text]));
    const notes = notesFor(items.map((h) => h.id), (id) => text.get(id) ?? '', kind);
    const differ = items
      .map((h, i) => ({ id: h.id, locator: h.locator, note: notes[i] ?? '' }))
      .filter(({ locator, note }) => locator === '' || !printsLocator(note, locator));
    expect(differ).toEqual([]);
  });
});
