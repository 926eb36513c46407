import type { SourceLine } from './pipelineTypes';

/** Line text without surrounding white space and with non-breaking spaces as spaces. */
export function clean(text: string): string {
  return text.replace(/\u00a0/g, ' ').trim();
}

export function isBlank(line: SourceLine): boolean {
  return clean(line.text) === '';
}

/** Index of the first line at or after `from` whose trimmed text starts with `prefix`. */
export function findLine(lines: SourceLine[], prefix: string, from = 0): number {
  for (let i = from; i < lines.length; i++) {
    const l = lines[i];
    if (l && clean(l.text).startsWith(prefix)) return i;
  }
  return -1;
}

/** Private-use bullet glyphs (Symbol-font bullets from Word) and the ordinary bullets. */
export const BULLET = /^(?:[\uf0b7\uf0a7\uf076\uf0d8\u2022\u25aa\u25cf]|-)\s+/;
