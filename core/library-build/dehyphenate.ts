import type { Lexicon } from './lexicon';

/**
 * Prefixes whose hyphen is the authors' own when broken at a line end and the corpus gives no
 * evidence either way (neither form occurs inside a line). Checked by hand.
 */
const KEEP_HYPHEN = new Set<string>(['mid-', 'cross-', 'multi-', 'non-', 'self-', 'post-', 'pre-']);

/** Decision for one word broken across a line end: `left` ends with "-", `right` starts the next line. */
export interface HyphenDecision {
  text: string;
  keptHyphen: boolean;
  /** The broken word as rejoined ("long-term", "players"). */
  word: string;
  /** How the decision was reached, for the report. */
  evidence: 'hyphenated-form' | 'joined-form' | 'capital' | 'double-hyphen' | 'list' | 'compound-halves' | 'default-join';
}

/** Second halves of phrasal compounds ("head-on", "build-up", "roll-out"). */
const PARTICLES = new Set<string>(['on', 'off', 'up', 'out', 'down', 'over', 'back']);

const TAIL = /([\p{L}\p{N}'’]+)-+$/u;
const HEAD = /^([\p{L}\p{N}'’]+)/u;

/** Joins two lines where the first ends in a hyphen, keeping the hyphen only with evidence. */
export function joinHyphenated(left: string, right: string, lex: Lexicon): HyphenDecision {
  const l = left.replace(/\s+$/, '');
  const r = right.replace(/^\s+/, '');
  const tail = TAIL.exec(l)?.[1] ?? '';
  const head = (HEAD.exec(r)?.[1] ?? '').replace(/['’]+$/, '');
  const base = l.replace(/-+$/, '');
  const keep = (evidence: HyphenDecision['evidence']): HyphenDecision => ({ text: `${base}-${r}`, keptHyphen: true, word: `${tail}-${head}`, evidence });
  const join = (evidence: HyphenDecision['evidence']): HyphenDecision => ({ text: `${base}${r}`, keptHyphen: false, word: `${tail}${head}`, evidence });
  // "long--" + "standing": the extractor doubled a real hyphen at the line end.
  if (/--$/.test(l)) return keep('double-hyphen');
  // A space before the hyphen ("mid- and long-") or no word after it: a suspended compound.
  if (!tail || !head) return keep('compound-halves');
  const hyphenated = lex.count(`${tail}-${head}`);
  const joined = lex.count(`${tail}${head}`);
  if (hyphenated > joined) return keep('hyphenated-form');
  if (joined > 0) return join('joined-form');
  if (/^[\p{Lu}\p{N}]/u.test(head)) return keep('capital');
  if (KEEP_HYPHEN.has(`${tail.toLowerCase()}-`)) return keep('list');
  // "security- and defense-related": a suspended compound.
  if (/^(?:and|or|to)$/.test(head)) return { text: `${base}- ${r}`, keptHyphen: true, word: `${tail}- ${head}`, evidence: 'compound-halves' };
  // "NATO-run": an acronym first part.
  if (/^\p{Lu}{2,}$/u.test(tail)) return keep('capital');
  // "ring-fenced", "change-oriented": two words of the corpus, and no joined form.
  if (tail.length >= 4 && head.length >= 4 && lex.count(tail) > 0 && lex.count(head) > 0) return keep('compound-halves');
  // "head-on", "follow-up", "spill-over": a word and an adverbial particle, never written joined in the corpus.
  if (tail.length >= 3 && PARTICLES.has(head.toLowerCase()) && lex.count(tail) > 0) return keep('compound-halves');
  return join('default-join');
}
