import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Library } from '../library/types';
import { buildSearchIndex } from './buildSearchIndex';
import { findHighlights, type Span } from './findHighlights';
import { makeSnippet } from './makeSnippet';
import { matchText } from './matchText';
import { stem, tokensWithOffsets } from './normalizeText';
import { parseQuery, type Phrase } from './parseQuery';

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

  it('handles many terms (a short prefix)', () => {
    const many = new Set(Array.from({ length: 40 }, (_, i) => `term${i}`).concat(['libya']));
    const text = 'Libya, libyan, LIBYA.';
    expect(marked(text, findHighlights(text, many, []))).toEqual(['Libya', 'LIBYA']);
  });
});

/**
 * What findHighlights promises, said plainly and slowly: every word whose stemmed fold is a
 * reached term, and every run of words spelling a phrase, outside the phrases' own words.
 */
function plainHighlights(text: string, terms: ReadonlySet<string>, phrases: readonly Phrase[]): Span[] {
  const tokens = tokensWithOffsets(text);
  const inPhrases: Span[] = [];
  for (const { words, open } of phrases) {
    for (let i = 0; i + words.length <= tokens.length; i++) {
      const fits = words.every((w, j) => (open && j === words.length - 1 ? tokens[i + j]!.folded.startsWith(w) : tokens[i + j]!.folded === w));
      if (fits) inPhrases.push([tokens[i]!.start, tokens[i + words.length - 1]!.end]);
    }
  }
  const words = tokens.filter((t) => terms.has(stem(t.folded)) && !inPhrases.some(([s, e]) => t.start >= s && t.end <= e)).map((t): Span => [t.start, t.end]);
  const all = [...inPhrases, ...words].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return all.filter((s, i) => i === 0 || s[0] >= all[i - 1]![1]);
}

describe('findHighlights on the bundled library', () => {
  const library = Library.parse(JSON.parse(readFileSync(new URL('../../assets/library/library.json', import.meta.url), 'utf8')));
  const index = buildSearchIndex(library);

  it('marks what the plain definition marks, in every passage, first time and from its kept words', () => {
    // Short prefixes reach dozens of terms; phrases, plurals, typos and hyphenated compounds too.
    const queries = ['pa', 'Me', 'policies', 'NATO partnerships', '"projecting stab', '"regional partners" security', 'counter-terrorism', 'Debski', 'sahel libya'];
    let marked = 0;
    for (const q of queries) {
      const parsed = parseQuery(q);
      const { terms } = matchText(index, parsed);
      for (const { text } of index.items) {
        const expected = plainHighlights(text, terms, parsed.phrases);
        expect(findHighlights(text, terms, parsed.phrases)).toEqual(expected);
        expect(findHighlights(text, terms, parsed.phrases)).toEqual(expected);
        marked += expected.length;
      }
    }
    expect(marked).toBeGreaterThan(5_000);
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
