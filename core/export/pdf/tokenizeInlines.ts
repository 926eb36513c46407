import type { ExportInline, Styled } from '../exportDoc';
import type { FontKey } from './fonts';
import type { Measure, Seg, Word } from './lineModel';
import { MARKER_RISE, MARKER_SCALE } from './typeScale';

export interface RunStyle {
  size: number;
  /** The face for a run with the given inline styling (headings ignore it, body text honours it). */
  fontFor: (style: { bold?: boolean; italic?: boolean }) => FontKey;
}

/**
 * Inline runs to words. A word may span runs ("flank" in italic then "." in roman), and a note
 * marker binds to the word before it so a line never starts with a marker.
 */
export function tokenizeInlines(inlines: readonly (ExportInline | ({ kind: 'text' } & Styled))[], style: RunStyle, measure: Measure): Word[] {
  const words: Word[] = [];
  let segs: Seg[] = [];
  let refs: number[] = [];
  const finish = () => {
    if (segs.length > 0) words.push(makeWord(segs, refs, measure));
    segs = [];
    refs = [];
  };
  for (const inline of inlines) {
    if (inline.kind === 'noteRef') {
      if (segs.length === 0 && words.length > 0) {
        const last = words.pop()!;
        segs = last.segs;
        refs = last.noteRefs;
      }
      const size = style.size * MARKER_SCALE;
      const text = `${inline.separator ?? ''}${inline.n}`;
      segs.push({ text, font: 'serif', size, rise: style.size * MARKER_RISE, width: measure('serif', size, text) });
      refs.push(inline.n);
      continue;
    }
    const font = style.fontFor(inline);
    for (const part of inline.text.split(/([ \t\r\n]+)/)) {
      if (part === '') continue;
      if (isSpace(part.charCodeAt(0))) {
        finish();
        continue;
      }
      const prev = segs[segs.length - 1];
      if (prev && prev.font === font && prev.rise === 0 && prev.size === style.size) {
        prev.text += part;
        prev.width = measure(font, style.size, prev.text);
      } else {
        segs.push({ text: part, font, size: style.size, rise: 0, width: measure(font, style.size, part) });
      }
    }
  }
  finish();
  return words;
}

export function makeWord(segs: Seg[], noteRefs: number[], measure: Measure): Word {
  let width = 0;
  for (const s of segs) width += s.width;
  const body = segs.find((s) => s.rise === 0) ?? segs[0]!;
  return { segs, width, noteRefs, space: measure(body.font, body.size, ' ') };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
