import { describe, expect, it } from 'vitest';
import { Library } from '../../../core/library/types';
import { buildSearchIndex } from '../../../core/search/buildSearchIndex';
import { fixtureLibrary } from '../../../core/search/__fixtures__/fixtureLibrary';
import { findHighlights, isPrepared } from '../../../core/search/findHighlights';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { appPaths } from '../appPaths';
import { LibraryService } from '../libraryService';
import { prepareHighlightsWhenIdle } from './prepareHighlightsWhenIdle';

const index = buildSearchIndex(Library.parse(fixtureLibrary));
const texts = index.items.map((i) => i.text);

describe('prepareHighlightsWhenIdle', () => {
  it('prepares nothing once told to stop', async () => {
    expect(await prepareHighlightsWhenIdle(index, () => true)).toBe(0);
    expect(texts.filter(isPrepared)).toEqual([]);
  });

  it('prepares every text of the index, a few at a time between other work', async () => {
    const order: string[] = [];
    expect(texts.length).toBeGreaterThan(4);
    const done = prepareHighlightsWhenIdle(index, undefined, 2).then((n) => {
      order.push('prepared');
      return n;
    });
    // Work queued after it starts (a request arriving) runs before it has finished.
    setImmediate(() => order.push('other work'));
    expect(await done).toBe(texts.length);
    expect(order).toEqual(['other work', 'prepared']);
    expect(texts.every(isPrepared)).toBe(true);
  });

  it('leaves highlights as they would have been without it', () => {
    const terms = new Set(['libya', 'partnership']);
    const prepared = texts.map((t) => findHighlights(t, terms, []));
    expect(prepared.some((spans) => spans.length > 0)).toBe(true);
    // The same texts with a character appended are not kept, so their words are worked out afresh.
    expect(texts.map((t) => findHighlights(`${t} `, terms, []))).toEqual(prepared);
  });

  it('runs in a long-lived host once its search index is built, and never in a command', async () => {
    const turns = async (n: number) => {
      for (let i = 0; i < n; i++) await nextTurn();
    };
    const command = await new LibraryService(appPaths().library).get();
    // The fixture's passages come from the bundled library, and the tests above prepared them.
    const fixture = new Set(texts);
    const bundled = command.searchIndex().items.map((i) => i.text).filter((t) => !fixture.has(t));
    expect(bundled.length).toBeGreaterThan(500);
    await turns(100);
    expect(bundled.filter(isPrepared)).toEqual([]);

    const host = await new LibraryService(appPaths().library, undefined, undefined, true).get();
    await turns(5);
    expect(bundled.filter(isPrepared)).toEqual([]); // nothing before the index is asked for
    host.searchIndex();
    await expect.poll(() => bundled.every(isPrepared), { timeout: 10_000 }).toBe(true);
  });
});
