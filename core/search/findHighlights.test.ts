import { describe, expect, it } from 'vitest';
import { findHighlights } from './findHighlights';
import { makeSnippet } from './makeSnippet';
import { parseQuery } from './parseQuery';

const marked = (text: string, spans: [number, number][]): string[] => spans.map(([s, e]) => text.slice(s, e));

describe('findHighlights', () => {
  const terms = new Set(['debski', 'policy', 'partnership']);

  it('marks words by their index form, across diacritics and plurals', () => {
    const text = 'Sławomir Dębski’s policies on partnerships; police.';
    expect(marked(text, findHighlights(text, terms, []))).toEqual(['Dębski', 'policies', 'partnerships']);
  });

  it('gives the same spans where folding changes the text length (the word-by-word path)', () => {
    // "ß" folds to "ss", so offsets into the folded text would drift; the slow path keeps them.
    const text = 'Straße: Sławomir Dębski’s policies on partnerships; police.';
    expect(marked(text, findHighlights(text, terms, []))).toEqual(['Dębski', 'policies', 'partnerships']);
    const decomposed = 'De\u0328bski policies';
    expect(marked(decomposed, findHighlights(decomposed, terms, []))).toEqual(['De\u0328bski', 'policies']);
  });

  it('marks a phrase as one span, across punctuation, and not its words again', () => {
    const { phrases } = parseQuery('"projecting stability"');
    const text = 'NATO introduced “Projecting—stability”; stability matters.';
    expect(marked(text, findHighlights(text, new Set(['projecting', 'stability']), phrases))).toEqual([
      'Projecting—stability',
      'stability',
    ]);
    const slow = `ß ${text}`;
    expect(marked(slow, findHighlights(slow, new Set(['projecting', 'stability']), phrases))).toEqual([
      'Projecting—stability',
      'stability',
    ]);
  });

  it('lets an open phrase end in a word being typed', () => {
    const { phrases } = parseQuery('"regional partn');
    const text = 'with regional partners and regional actors';
    expect(marked(text, findHighlights(text, new Set(), phrases))).toEqual(['regional partners']);
  });

  it('handles many terms (a short prefix) in one pass', () => {
    const many = new Set(Array.from({ length: 40 }, (_, i) => `term${i}`).concat(['libya']));
    const text = 'Libya, libyan, LIBYA.';
    expect(marked(text, findHighlights(text, many, []))).toEqual(['Libya', 'LIBYA']);
  });
});

describe('makeSnippet', () => {
  it('shows a short text whole', () => {
    expect(makeSnippet('Short text.', [[0, 5]])).toEqual({ text: 'Short text.', highlights: [[0, 5]] });
  });

  it('centres about 200 characters on the densest cluster, at word boundaries', () => {
    const filler = 'word '.repeat(100);
    const text = `${filler}alpha beta gamma ${filler}alpha`;
    const at = text.indexOf('alpha');
    const spans: [number, number][] = [
      [at, at + 5], [at + 6, at + 10], [at + 11, at + 16], [text.length - 5, text.length],
    ];
    const snippet = makeSnippet(text, spans);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(202);
    expect(marked(snippet.text, snippet.highlights)).toEqual(['alpha', 'beta', 'gamma']);
    expect(snippet.text).not.toMatch(/…\S*wor…|\bwo…/u);
  });

  it('starts at the beginning when nothing in the text matched (a title or author match)', () => {
    const text = 'First words here. '.repeat(30);
    const snippet = makeSnippet(text, []);
    expect(snippet.text.startsWith('First words here.')).toBe(true);
    expect(snippet.highlights).toEqual([]);
  });
});
