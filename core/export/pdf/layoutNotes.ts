import type { ExportNote } from '../exportDoc';
import { breakLines } from './breakLines';
import { styledFont } from './fonts';
import type { FlowLine } from './flowModel';
import { ascentOf, atLeastOneLine } from './layoutBlocks';
import type { Measure } from './lineModel';
import { tokenizeInlines } from './tokenizeInlines';
import { NOTE } from './typeScale';

/** Space between two notes on a page (the paginator adds it). */
export const NOTE_GAP = 2;

/**
 * Each note's lines at the note size, its plain number ("12.") hanging in a column wide enough
 * for the largest number, so note text aligns down the page.
 */
export function layoutNotes(notes: readonly ExportNote[], textWidth: number, measure: Measure): Map<number, FlowLine[]> {
  const widest = Math.max(0, ...notes.map((n) => measure(NOTE.font, NOTE.size, `${n.n}.`)));
  const indent = Math.ceil(widest + 4);
  const out = new Map<number, FlowLine[]>();
  for (const note of notes) {
    const words = tokenizeInlines(note.runs.map((r) => ({ kind: 'text' as const, ...r })), { size: NOTE.size, fontFor: styledFont }, measure);
    const lines = breakLines(words, { justify: true, hyphenate: true, lineBox: () => ({ x: indent, width: textWidth - indent }) }, measure);
    out.set(
      note.n,
      atLeastOneLine(lines).map((line, i) => ({
        line,
        height: NOTE.leading,
        ascent: ascentOf(NOTE),
        spaceBefore: 0,
        padBefore: 0,
        noteRefs: [],
        ...(i === 0 ? { label: { text: `${note.n}.`, font: NOTE.font, size: NOTE.size, x: 0, align: 'left' as const } } : {}),
      })),
    );
  }
  return out;
}

/** The line that opens the rest of a note carried over from the page before. */
export function continuationLine(n: number, textWidth: number, measure: Measure): FlowLine {
  const words = tokenizeInlines([{ kind: 'text', text: `Note ${n}, continued:`, italic: true }], { size: NOTE.size, fontFor: styledFont }, measure);
  const [line] = breakLines(words, { justify: false, hyphenate: false, lineBox: () => ({ x: 0, width: textWidth }) }, measure);
  return { line: line!, height: NOTE.leading, ascent: ascentOf(NOTE), spaceBefore: 0, padBefore: 0, noteRefs: [] };
}
