import type { SearchIndex } from './buildSearchIndex';
import type { ParsedQuery, Phrase, QueryTerm } from './parseQuery';
import { scratchFor, type Scratch } from './scratchFor';
import { isStopword, stem } from './normalizeText';

/** Documents matching the text of a query, with their scores (parallel arrays). */
export interface TextMatches {
  docs: Int32Array;
  scores: Float64Array;
  /** Every index term the query reached (exact, prefix and fuzzy), for highlighting. */
  terms: Set<string>;
  /**
   * 'all' when every hit has every word; 'any' when no item had them all and the hits are
   * those with some of the words, so the user can be told the search was widened.
   */
  matched: 'all' | 'any';
}

/** MiniSearch 7's weights for derived terms, relative to an exact match. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** One bit per query term in a 32-bit mask. */
const MAX_TERMS = 31;

/** Term ids a query word reaches, with the weight of each. */
function expand(index: SearchIndex, q: QueryTerm): Map<number, number> {
  const { terms } = index.postings;
  const out = new Map<number, number>();
  const exact = terms.get(q.term);
  if (exact !== undefined) out.set(exact, 1);
  if (q.prefix) {
    for (const [term, id] of terms.atPrefix(q.term)) {
      const distance = term.length - q.term.length;
      if (distance > 0) out.set(id, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance));
    }
  }
  if (q.fuzzy > 0) {
    for (const [term, [id, distance]] of terms.fuzzyGet(q.term, q.fuzzy)) {
      if (distance > 0 && !out.has(id)) out.set(id, (FUZZY_WEIGHT * term.length) / (term.length + distance));
    }
  }
  return out;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A phrase word: the surface ids it accepts (one, or every word it begins while typed). */
type PhraseWord = Int32Array;

interface PreparedPhrase {
  words: PhraseWord[];
  /** The rarest single-id word: the scan looks for it alone, then checks its neighbours. */
  anchor: number;
}

function accepts(word: PhraseWord, token: number): boolean {
  if (word.length === 1) return word[0] === token;
  for (let k = 0; k < word.length; k++) if (word[k] === token) return true;
  return false;
}

function hasPhrase(tokens: Int32Array, from: number, to: number, { words, anchor }: PreparedPhrase): boolean {
  const anchorWord = words[anchor] as PhraseWord;
  const len = words.length;
  for (let i = from + anchor; i <= to - len + anchor; i++) {
    if (anchorWord.length === 1 ? tokens[i] !== anchorWord[0] : !accepts(anchorWord, tokens[i] as number)) continue;
    const at = i - anchor;
    let j = 0;
    while (j < len && accepts(words[j] as PhraseWord, tokens[at + j] as number)) j++;
    if (j === len) return true;
  }
  return false;
}

/** Does the document hold every phrase, word after word, inside one field? */
function hasPhrases(index: SearchIndex, doc: number, phrases: readonly PreparedPhrase[]): boolean {
  const { tokenStart, tokens } = index.postings;
  const from = tokenStart[doc] as number;
  const to = tokenStart[doc + 1] as number;
  for (const phrase of phrases) if (!hasPhrase(tokens, from, to, phrase)) return false;
  return true;
}

function preparePhrase(index: SearchIndex, phrase: Phrase): PreparedPhrase {
  const { surface, surfaceText, surfaceCount } = index.postings;
  const words = phrase.words.map((w, j) => {
    if (phrase.open && j === phrase.words.length - 1) {
      const ids: number[] = [];
      surfaceText.forEach((s, id) => s.startsWith(w) && ids.push(id));
      return Int32Array.from(ids);
    }
    // An unknown word matches nothing; -2 is never a token.
    return Int32Array.of(surface.get(w) ?? -2);
  });
  let anchor = 0;
  let rarest = Infinity;
  words.forEach((ids, j) => {
    const n = ids.length === 1 ? ((ids[0] as number) >= 0 ? (surfaceCount[ids[0] as number] as number) : 0) : Infinity;
    if (n < rarest) [anchor, rarest] = [j, n];
  });
  return { words, anchor };
}

/** The touched documents that match, with their final scores, into `scratch.docs`/`scores`. */
function collectMatches(parsed: ParsedQuery, specs: readonly QueryTerm[], touchedCount: number, scratch: Scratch): { n: number; matched: 'all' | 'any' } {
  const { score, mask, touched } = scratch;
  const phraseBits = (1 << parsed.phraseTerms.length) - 1;
  const allBits = specs.reduce((bits, spec, bit) => (spec.optional ? bits : bits | (1 << bit)), 0);
  const collect = (any: boolean): number => {
    let n = 0;
    for (let i = 0; i < touchedCount; i++) {
      const d = touched[i] as number;
      const m = mask[d] as number;
      const ok = any ? (m & phraseBits) === phraseBits && (m & ~phraseBits) !== 0 : (m & allBits) === allBits;
      if (!ok) continue;
      scratch.docs[n] = d;
      // MiniSearch's rule: a document matching more of the query's words ranks higher.
      scratch.scores[n++] = (score[d] as number) * popcount(m);
    }
    return n;
  };
  const found = collect(false);
  // Every word required reads best as the user narrows down; when that finds nothing, rank
  // the items that have some of the words rather than show an empty list.
  return found === 0 && parsed.terms.length > 1 ? { n: collect(true), matched: 'any' } : { n: found, matched: 'all' };
}

/**
 * Hyphen and spacing variants of one word: "counterterrorism" typed as one word also finds
 * "counter-terrorism" and "counter terrorism" (the two parts side by side in the text), and
 * "counter-terrorism" or "counter terrorism" typed as two words also finds "counterterrorism".
 * A word is split only where the library itself hyphenates it, so "partnership" never looks
 * for "partner ship", and a split is checked against the text word for word.
 */
function compoundVariants(index: SearchIndex, specs: readonly QueryTerm[], first: number): { joined: Map<number, number[]>; split: Map<number, [number, number]> } {
  const { terms, compounds } = index.postings;
  const joined = new Map<number, number[]>();
  const split = new Map<number, [number, number]>();
  for (let bit = first; bit < specs.length; bit++) {
    const spec = specs[bit] as QueryTerm;
    const next = specs[bit + 1];
    if (next) {
      const id = terms.get(spec.term + next.term);
      if (id !== undefined) {
        joined.set(bit, [...(joined.get(bit) ?? []), id]);
        joined.set(bit + 1, [...(joined.get(bit + 1) ?? []), id]);
      }
    }
    const parts = compounds.get(spec.term);
    if (parts) split.set(bit, parts);
  }
  return { joined, split };
}

/**
 * Documents where surface word `left` is directly followed by `right` in one field, with the
 * mean of the two words' weights there. Only documents holding both words are read.
 */
function docsWithPair(index: SearchIndex, left: number, right: number): [doc: number, weight: number][] {
  const { terms, surfaceText, start, docs, weights, tokenStart, tokens } = index.postings;
  const termOf = (s: number) => {
    const word = surfaceText[s] as string;
    return isStopword(word) ? undefined : terms.get(stem(word));
  };
  const a = termOf(left);
  const b = termOf(right);
  if (a === undefined || b === undefined) return [];
  const pair: PreparedPhrase = { words: [Int32Array.of(left), Int32Array.of(right)], anchor: 0 };
  const out: [number, number][] = [];
  // Both posting lists are in document order: walk them together.
  let i = start[a] as number;
  let j = start[b] as number;
  const endA = start[a + 1] as number;
  const endB = start[b + 1] as number;
  while (i < endA && j < endB) {
    const da = docs[i] as number;
    const db = docs[j] as number;
    if (da < db) i++;
    else if (db < da) j++;
    else {
      if (hasPhrase(tokens, tokenStart[da] as number, tokenStart[da + 1] as number, pair)) out.push([da, ((weights[i] as number) + (weights[j] as number)) / 2]);
      i++;
      j++;
    }
  }
  return out;
}

export function matchText(index: SearchIndex, parsed: ParsedQuery): TextMatches {
  const terms = new Set<string>();
  const scratch = scratchFor(index);
  const phrases = parsed.phrases.map((p) => preparePhrase(index, p));
  /** Keep the matches holding every phrase, compacting them in place. */
  const verify = (n: number): TextMatches => {
    const { docs, scores } = scratch;
    let kept = n;
    if (phrases.length > 0) {
      kept = 0;
      for (let i = 0; i < n; i++) {
        const d = docs[i] as number;
        if (!hasPhrases(index, d, phrases)) continue;
        docs[kept] = d;
        scores[kept++] = scores[i] as number;
      }
    }
    return { docs: docs.subarray(0, kept), scores: scores.subarray(0, kept), terms, matched };
  };
  let matched: 'all' | 'any' = 'all';
  const specs = [...parsed.phraseTerms, ...parsed.terms].slice(0, MAX_TERMS);
  if (parsed.empty || specs.length === 0) {
    // Nothing indexable: list everything, or check a phrase of stopwords ("of the") everywhere.
    if (!parsed.empty && phrases.length === 0) return verify(0);
    scratch.docs.set(index.byRank);
    scratch.scores.fill(0);
    return verify(index.byRank.length);
  }

  const { start, docs, weights, termText, surfaceText } = index.postings;
  const { score, mask, touched } = scratch;
  let touchedCount = 0;
  const variants = compoundVariants(index, specs, parsed.phraseTerms.length);
  const reach = (d: number, flag: number, weight: number) => {
    const m = mask[d] as number;
    if (m === 0) touched[touchedCount++] = d;
    mask[d] = m | flag;
    score[d] = (score[d] as number) + weight;
  };
  try {
    for (let bit = 0; bit < specs.length; bit++) {
      const flag = 1 << bit;
      const reached = expand(index, specs[bit] as QueryTerm);
      for (const id of variants.joined.get(bit) ?? []) if (!reached.has(id)) reached.set(id, 1);
      const parts = variants.split.get(bit);
      if (parts) {
        const [left, right] = parts;
        const found = docsWithPair(index, left, right);
        if (found.length > 0) for (const word of [surfaceText[left] as string, surfaceText[right] as string]) terms.add(stem(word));
        for (const [d, weight] of found) reach(d, flag, weight);
      }
      for (const [term, weight] of reached) {
        terms.add(termText[term] as string);
        const end = start[term + 1] as number;
        for (let p = start[term] as number; p < end; p++) {
          const d = docs[p] as number;
          const m = mask[d] as number;
          if (m === 0) touched[touchedCount++] = d;
          mask[d] = m | flag;
          score[d] = (score[d] as number) + weight * (weights[p] as number);
        }
      }
    }
    const collected = collectMatches(parsed, specs, touchedCount, scratch);
    matched = collected.matched;
    return verify(collected.n);
  } finally {
    // The work arrays must be all zero for the next query, whatever happened in this one.
    for (let i = 0; i < touchedCount; i++) {
      const d = touched[i] as number;
      mask[d] = 0;
      score[d] = 0;
    }
  }
}
