import { joinHyphenated, type HyphenDecision } from '../library-build/dehyphenate';
import type { Lexicon } from '../library-build/lexicon';

/** A word broken at a line end, joined or kept hyphenated: the report lists the doubtful ones. */
export type HyphenSeen = (decision: HyphenDecision) => void;

const LINE_END_HYPHEN = /[\p{L}\p{N}]-$/u;

/**
 * The lines of one paragraph as one string: a line-end hyphen is decided by the bundled build's
 * rule (`dehyphenate.ts`: kept for true compounds the document itself writes with a hyphen),
 * other lines are joined with one space.
 */
export function joinLines(lines: readonly string[], lex: Lexicon, seen?: HyphenSeen): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (text && LINE_END_HYPHEN.test(text) && /^[\p{L}\p{N}]/u.test(line)) {
      const decision = joinHyphenated(text, line, lex);
      seen?.(decision);
      text = decision.text;
    } else {
      text = text ? `${text} ${line}` : line;
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Hyphen decisions a reader should check: those the document gave no evidence for. */
export function isDoubtfulHyphen(d: HyphenDecision): boolean {
  return d.evidence === 'default-join' || d.evidence === 'compound-halves';
}
