import { describe, expect, it } from 'vitest';
import { FIXTURES, type CitationFixture } from './__fixtures__/fixtureItems';
import { markItalics } from './__fixtures__/markItalics';
import { CslItem } from './csl';
import { formatBibliographyEntry } from './formatBibliographyEntry';
import { formatFullNote } from './formatFullNote';
import { formatShortNote } from './formatShortNote';
import { plainText } from './plainText';
import { resolveCitations } from './resolveCitations';
import type { StyledRun } from './types';

/**
 * One golden file per fixture item: every form Chicago gives it. Review a diff line by line
 * against the Chicago rules before accepting it with `npx vitest -u`.
 */
function goldenFor(f: CitationFixture): string {
  const item = CslItem.parse(f.item);
  const items = new Map([[item.id, item]]);
  const cite = (locator: CitationFixture['locator']) => ({ kind: 'cite' as const, itemId: item.id, locator });
  const withIbid = resolveCitations([cite(f.locator), cite(f.locator), cite(f.otherLocator)], items, { ibid: true });
  const adapted = resolveCitations([{ ...cite(f.locator), adapted: true }], items, { ibid: false });
  const lines: [string, StyledRun[]][] = [
    ['full note', formatFullNote(item, f.locator)],
    ['full note, no locator', formatFullNote(item)],
    ['short note', formatShortNote(item, f.otherLocator)],
    ['ibid, same place', withIbid.notes[1] ?? []],
    ['ibid, other place', withIbid.notes[2] ?? []],
    ['adapted', adapted.notes[0] ?? []],
    ['bibliography', formatBibliographyEntry(item)],
  ];
  return [`# ${item.id}: ${f.covers}`, ...lines.map(([label, runs]) => `${label}: ${markItalics(runs)}`), ''].join('\n');
}

describe('Chicago forms of each fixture item', () => {
  it.each(FIXTURES.map((f) => [f.item.id, f] as const))('%s', async (id, f) => {
    await expect(goldenFor(f)).toMatchFileSnapshot(`__golden__/${id}.txt`);
  });
});

describe('runs', () => {
  it.each(FIXTURES.map((f) => [f.item.id, f] as const))('%s: no empty runs, neighbours differ in style', (_id, f) => {
    const item = CslItem.parse(f.item);
    for (const runs of [formatFullNote(item, f.locator), formatShortNote(item, f.locator), formatBibliographyEntry(item)]) {
      expect(runs.every((r) => r.text.length > 0)).toBe(true);
      for (let i = 1; i < runs.length; i++) expect(Boolean(runs[i]?.italic)).not.toBe(Boolean(runs[i - 1]?.italic));
    }
  });
});

describe('typography', () => {
  it.each(FIXTURES.map((f) => [f.item.id, f] as const))('%s: no straight quotes, gaps or doubled punctuation', (_id, f) => {
    const item = CslItem.parse(f.item);
    for (const runs of [formatFullNote(item, f.locator), formatFullNote(item), formatShortNote(item, f.otherLocator), formatBibliographyEntry(item)]) {
      const text = plainText(runs).replace(/https?:\/\/\S*[^\s.,]/g, 'URL');
      expect(text).not.toMatch(/["']|undefined|\[Untitled\]|,,|\.\.|\s[,.]|\(\s*\)|\s{2}|\d-\d/);
      expect(text.endsWith('.') || text.endsWith('.”')).toBe(true);
    }
  });
});
