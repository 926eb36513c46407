import { findLine } from './lineTools';
import type { SourceLine } from './pipelineTypes';

/** Moves the lines from `first` to `last` (text prefixes, inclusive) to just before `before`. */
export interface MoveFix {
  first: string;
  last: string;
  before?: string;
  after?: string;
  /** The moved lines start a new paragraph (a box moved out of the body). */
  breakBefore?: boolean;
}

/** Splits one line the extractor merged from two columns into several lines, in place. */
export interface SplitFix {
  line: string;
  into: string[];
}

export function splitLine(lines: SourceLine[], fix: SplitFix): boolean {
  const i = findLine(lines, fix.line);
  const l = lines[i];
  if (i < 0 || !l || l.text.trim() !== fix.line) return false;
  lines.splice(i, 1, ...fix.into.map((text) => ({ ...l, text })));
  return true;
}

/**
 * Repairs reading order the extraction broke (a column read before the one it follows, a box
 * read into the body). Returns false when an anchor is not found, so the build can report it.
 */
export function moveLines(lines: SourceLine[], fix: MoveFix): boolean {
  const a = findLine(lines, fix.first);
  const b = a < 0 ? -1 : findLine(lines, fix.last, a);
  if (a < 0 || b < 0) return false;
  const block = lines.splice(a, b - a + 1);
  const anchor = fix.before ?? fix.after ?? '';
  const t = findLine(lines, anchor);
  if (t < 0) {
    lines.splice(a, 0, ...block);
    return false;
  }
  const at = fix.before !== undefined ? t : t + 1;
  const first = block[0];
  if (first && fix.breakBefore) first.breakBefore = true;
  lines.splice(at, 0, ...block);
  return true;
}
