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
  const shared = sharedWords(measure);
  let segs: Seg[] = [];
  let refs: number[] = [];
  const finish = () => {
    if (segs.length === 1 && refs.length === 0 && segs[0]!.rise === 0) words.push(sharedWord(shared, segs[0]!, measure));
    else if (segs.length > 0) words.push(makeWord(segs, refs, measure));
    segs = [];
    refs = [];
  };
  for (const inline of inlines) {
    if (inline.kind === 'noteRef') {
      if (segs.length === 0 && words.length > 0) {
        // The word may be shared with every other place it occurs: copy it, then add to it.
        const last = words.pop()!;
        segs = last.segs.map((s) => ({ ...s }));
        refs = [...last.noteRefs];
      }
      const size = style.size * MARKER_SCALE;
      const text = `${inline.separator ?? ''}${inline.n}`;
      segs.push({ text, font: 'serif', size, rise: style.size * MARKER_RISE, width: measure('serif', size, text) });
      refs.push(inline.n);
      continue;
    }
    const font = style.fontFor(inline);
    const plain = plainWords(shared, font, style.size);
    const { text } = inline;
    // Word by word, without splitting the text into an array first: this loop runs once per
    // word of the pack, cold, in every CLI export.
    for (let i = 0; i < text.length; ) {
      if (isSpace(text.charCodeAt(i))) {
        finish();
        while (i < text.length && isSpace(text.charCodeAt(i))) i++;
        continue;
      }
      let end = i + 1;
      while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
      const part = text.slice(i, end);
      const prev = segs[segs.length - 1];
      if (!prev && end < text.length) {
        // A whole word in one run (a space follows it here): the shared word, measured only the
        // first time it occurs. finish() would make the same word from a one-segment list.
        words.push(plainWord(plain, font, style.size, part, measure));
      } else if (prev && prev.font === font && prev.rise === 0 && prev.size === style.size) {
        prev.text += part;
        prev.width = measure(font, style.size, prev.text);
      } else {
        segs.push({ text: part, font, size: style.size, rise: 0, width: measure(font, style.size, part) });
      }
      i = end;
    }
  }
  finish();
  return words;
}

/**
 * A plain word (one face, no note marker) is one object however often it occurs: a 400-page
 * pack has a few thousand distinct words in some 300,000 places, and a Word per place was
 * most of the laid-out document's memory. Words are never changed once made (the line breaker
 * makes new ones for hyphenated pieces), so sharing them is safe. One table per measure:
 * widths depend on it, and it lives as long as the fonts do.
 */
type WordTable = Map<FontKey, Map<number, Map<string, Word>>>;
const wordTables = new WeakMap<Measure, WordTable>();

function sharedWords(measure: Measure): WordTable {
  let table = wordTables.get(measure);
  if (!table) wordTables.set(measure, (table = new Map()));
  return table;
}

const NO_REFS: number[] = [];

/** The shared words of one face at one size. */
function plainWords(table: WordTable, font: FontKey, size: number): Map<string, Word> {
  let bySize = table.get(font);
  if (!bySize) table.set(font, (bySize = new Map()));
  let byText = bySize.get(size);
  if (!byText) bySize.set(size, (byText = new Map()));
  return byText;
}

/** The shared word for `text` in one face and size, made and measured the first time. */
function plainWord(byText: Map<string, Word>, font: FontKey, size: number, text: string, measure: Measure): Word {
  let word = byText.get(text);
  if (!word) byText.set(text, (word = makeWord([{ text, font, size, rise: 0, width: measure(font, size, text) }], NO_REFS, measure)));
  return word;
}

/** The shared word for a plain segment (rise 0: raised segments are note markers). */
function sharedWord(table: WordTable, seg: Seg, measure: Measure): Word {
  const byText = plainWords(table, seg.font, seg.size);
  let word = byText.get(seg.text);
  if (!word) byText.set(seg.text, (word = makeWord([seg], NO_REFS, measure)));
  return word;
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
