import Hypher from 'hypher';
import enGb from 'hyphenation.en-gb';

/**
 * Made on first use: building the patterns' trie takes 20-30 ms in a cold process, and most
 * paragraphs are set without hyphenation (breakLines.ts, PRETOLERANCE).
 */
let hypher: Hypher | undefined;
const cache = new Map<string, readonly string[]>();
const WORD = /^([(“‘"'[]*)([A-Za-z]+)([.,;:!?)”’"'\]]*)$/;

export interface BreakPoint {
  /** The head is `text.slice(0, at)`. */
  at: number;
  /** Whether the head takes a hyphen (false after an existing hyphen or dash). */
  hyphen: boolean;
}

/**
 * Where `text` may be split at a line end. Breaks in URLs and after an existing hyphen or dash
 * come free;
 * otherwise en-GB patterns on words of six or more letters, never in all-capitals (acronyms)
 * or words with digits.
 */
export function hyphenateWord(text: string): BreakPoint[] {
  // URLs and DOIs (common in notes) break Chicago-style, with no hyphen: after a slash, or
  // before a dot, so a long address never runs past the margin.
  if (text.length > 15 && /[/]/.test(text) && /^[^\s]*$/.test(text)) {
    const out: BreakPoint[] = [];
    for (let i = 1; i < text.length - 1; i++) {
      const c = text[i]!;
      if ((c === '/' && text[i + 1] !== '/') || '?#&=_'.includes(c)) out.push({ at: i + 1, hyphen: false });
      else if (c === '.' && text[i - 1] !== '/') out.push({ at: i, hyphen: false });
    }
    return out;
  }
  if (/.[-–—]./.test(text)) {
    const out: BreakPoint[] = [];
    for (let i = 1; i < text.length - 1; i++) if ('-–—'.includes(text[i]!)) out.push({ at: i + 1, hyphen: false });
    return out;
  }
  const m = WORD.exec(text);
  if (!m) return [];
  const [, lead = '', core = ''] = m;
  if (core.length < 6 || core === core.toUpperCase()) return [];
  let parts = cache.get(core);
  if (!parts) {
    parts = (hypher ??= new Hypher(enGb)).hyphenate(core);
    cache.set(core, parts);
  }
  const out: BreakPoint[] = [];
  let at = lead.length;
  for (let i = 0; i < parts.length - 1; i++) {
    at += parts[i]!.length;
    out.push({ at, hyphen: true });
  }
  return out;
}
