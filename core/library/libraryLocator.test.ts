import { describe, expect, it } from 'vitest';
import { libraryLocator, locatorMisfit } from './libraryLocator';
import type { Excerpt } from './types';

const excerpt = (locator: Excerpt['locator']): Excerpt => ({ id: 'x', kind: 'excerpt', sourceId: 's', partId: 'p', order: 0, text: 'T.', notes: [], locator });
const paged = excerpt({ page: '21-22', section: ['Chapter', 'Heading'], paragraph: 2 });
const unpaged = excerpt({ section: ['NATO in Libya', 'SUMMARY'], paragraph: 4 });

describe('libraryLocator', () => {
  it('cites a paginated passage by its page, with an en dash', () => {
    expect(libraryLocator(paged, 'Chapter')).toEqual({ kind: 'page', page: '21–22' });
  });
  it('cites an unpaginated passage by its innermost section and paragraph', () => {
    expect(libraryLocator(unpaged, 'NATO in Libya')).toEqual({ kind: 'section', section: 'SUMMARY', paragraph: 4 });
  });
  it('leaves out a section that is only the work’s title or a supplied [title]', () => {
    expect(libraryLocator(excerpt({ section: ['NATO in Libya'], paragraph: 3 }), 'NATO in Libya')).toEqual({ kind: 'paragraph', paragraph: 3 });
    expect(libraryLocator(excerpt({ section: ['[Papers on NATO]'], paragraph: 3 }), 'Other')).toEqual({ kind: 'paragraph', paragraph: 3 });
  });
});

describe('locatorMisfit', () => {
  it('refuses a page of a work that prints no page numbers', () => {
    expect(locatorMisfit({ kind: 'page', page: '4' }, unpaged, 'NATO in Libya')).toMatch(/^“NATO in Libya” prints no page numbers, so page 4 cannot be found in it\./);
    expect(locatorMisfit({ kind: 'paragraph', paragraph: 4 }, unpaged, 'NATO in Libya')).toBeUndefined();
  });
  it('refuses a page outside the part’s printed pages, and takes one inside them', () => {
    expect(locatorMisfit({ kind: 'page', page: '999' }, paged, 'Smart Defence', '19-29')).toBe('“Smart Defence” runs from page 19 to page 29, so page 999 is not in it.');
    expect(locatorMisfit({ kind: 'page', page: '28–31' }, paged, 'Smart Defence', '19-29')).toMatch(/page 28–31 is not in it/);
    expect(locatorMisfit({ kind: 'page', page: '29' }, paged, 'Smart Defence', '19-29')).toBeUndefined();
    expect(locatorMisfit({ kind: 'page', page: '999' }, paged, 'Report')).toBeUndefined();
  });
});
