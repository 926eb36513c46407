import { breakLines } from './breakLines';
import type { FlowLine } from './flowModel';
import { ascentOf } from './layoutBlocks';
import type { LaidLine, Measure } from './lineModel';
import { tokenizeInlines } from './tokenizeInlines';
import { BODY, HEADINGS } from './typeScale';

export interface TocEntry {
  level: 1 | 2 | 3;
  text: string;
  id: string;
}

export interface TocLine {
  entry: TocEntry;
  line: FlowLine;
  top: number;
  /** The entry's last line carries the leaders and the page number. */
  last: boolean;
}

/** Width kept free at the right for leaders and page numbers. */
export const TOC_NUMBER_ROOM = 44;

/**
 * The contents pages, laid out before the body's page numbers are known: the numbers sit in a
 * fixed column, so the layout does not depend on them and one pass suffices.
 */
export function layoutToc(titleText: string, entries: readonly TocEntry[], textWidth: number, bodyHeight: number, measure: Measure): { title: FlowLine; pages: TocLine[][] } {
  const t = HEADINGS[1];
  const [titleLine] = breakLines(tokenizeInlines([{ kind: 'text', text: titleText }], { size: t.size, fontFor: () => t.font }, measure), { justify: false, hyphenate: false, lineBox: () => ({ x: 0, width: textWidth }) }, measure);
  const title: FlowLine = { line: titleLine!, height: t.leading + 10, ascent: ascentOf(t), spaceBefore: 0, padBefore: 0, noteRefs: [] };
  // No headings, no contents page.
  const pages: TocLine[][] = entries.length > 0 ? [[]] : [];
  let y = title.height;
  for (const entry of entries) {
    const indent = entry.level === 1 ? 0 : 16;
    const font = entry.level === 1 ? 'serifBold' : 'serif';
    const words = tokenizeInlines([{ kind: 'text', text: entry.text }], { size: BODY.size, fontFor: () => font }, measure);
    const lines: LaidLine[] = breakLines(words, { justify: false, hyphenate: false, lineBox: (i) => ({ x: indent + (i > 0 ? 16 : 0), width: textWidth - TOC_NUMBER_ROOM - indent - (i > 0 ? 16 : 0) }) }, measure);
    const before = entry.level === 1 ? 6 : 0;
    const height = lines.length * BODY.leading + before;
    if (y + height > bodyHeight) {
      pages.push([]);
      y = 0;
    }
    const page = pages[pages.length - 1]!;
    lines.forEach((line, i) => {
      const fl: FlowLine = { line, height: BODY.leading, ascent: ascentOf(BODY), spaceBefore: 0, padBefore: 0, noteRefs: [] };
      page.push({ entry, line: fl, top: y + before + i * BODY.leading, last: i === lines.length - 1 });
    });
    y += height;
  }
  return { title, pages };
}
