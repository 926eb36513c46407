import { describe, expect, it } from 'vitest';
import { foldText, indexTerm, phraseForm, stem } from './normalizeText';
import { parseQuery } from './parseQuery';

describe('normalizeText', () => {
  it('folds diacritics, including letters NFD leaves whole', () => {
    expect(foldText('Dębski')).toBe('debski');
    expect(foldText('Sławomir Ćwiek-Karpowicz')).toBe('slawomir cwiek-karpowicz');
    expect(foldText('Gülnur O’Donnell')).toBe('gulnur o’donnell');
  });
  it('stems plurals only', () => {
    expect(stem('partnerships')).toBe('partnership');
    expect(stem('policies')).toBe('policy');
    expect(stem('crisis')).toBe('crisis');
    expect(stem('status')).toBe('status');
    expect(stem('partnership')).toBe('partnership');
  });
  it('drops stopwords and single letters from the index', () => {
    expect(indexTerm('the')).toBeNull();
    expect(indexTerm('s')).toBeNull();
    expect(indexTerm('NATO')).toBe('nato');
  });
  it('gives phrases a punctuation-free, case-free form', () => {
    expect(phraseForm('the concept of “projecting stability”, whereby')).toBe(' the concept of projecting stability whereby ');
  });
});

describe('parseQuery', () => {
  it('treats the last word as a prefix while it is being typed', () => {
    const q = parseQuery('libya partne');
    expect(q.terms.map((t) => [t.term, t.prefix])).toEqual([['libya', false], ['partne', true]]);
    expect(parseQuery('libya partne ').terms.map((t) => t.prefix)).toEqual([false, false]);
  });
  it('keeps a stopword being typed as an optional prefix', () => {
    expect(parseQuery('role of the').terms).toEqual([
      { term: 'role', prefix: false, fuzzy: 1 },
      { term: 'the', prefix: true, fuzzy: 0, optional: true },
    ]);
  });
  it('allows one typo from four letters and two from eight', () => {
    expect(parseQuery('gna ').terms[0]?.fuzzy).toBe(0);
    expect(parseQuery('libya ').terms[0]?.fuzzy).toBe(1);
    expect(parseQuery('partnreship ').terms[0]?.fuzzy).toBe(2);
  });
  it('separates quoted phrases, closed or still open', () => {
    const q = parseQuery('nato "Projecting Stability" "regional part');
    expect(q.phrases).toEqual([
      { words: ['projecting', 'stability'], open: false },
      { words: ['regional', 'part'], open: true },
    ]);
    expect(q.terms.map((t) => t.term)).toEqual(['nato']);
  });
});
