import type { PdfLine, PdfPage } from './importTypes';
import { bandLines, type PageLabels } from './pdfFolios';
import type { ImportNote } from '../library/userSourceFile';

/** Dot leaders ending in a page number: a line of a table of contents. */
const CONTENTS_LINE = /(?:\.\s?){4,}\s*[\divxlc]+$/i;

/** How a band line is recognised on other pages: digits and case do not matter. */
const shape = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

export interface Furniture {
  /** PDF page index -> line indexes to drop. */
  drop: Map<number, Set<number>>;
  notes: ImportNote[];
}

/** A page list for the report: "3-9" or "3, 5, 12". */
function pageList(labels: readonly string[]): string {
  if (labels.length === 0) return '';
  const nums = labels.map(Number);
  const consecutive = nums.every((n, i) => Number.isInteger(n) && (i === 0 || n === (nums[i - 1] as number) + 1));
  return consecutive && labels.length > 2 ? `${labels[0]}-${labels[labels.length - 1]}` : labels.join(', ');
}

/**
 * What is not the text: folios, running heads and feet (a band line whose shape recurs on three
 * or more pages), and table-of-contents lines. Each kind is reported once with its pages.
 */
export function findFurniture(pages: readonly PdfPage[], labels: PageLabels): Furniture {
  const drop = new Map<number, Set<number>>();
  const add = (page: number, line: number) => {
    const set = drop.get(page) ?? new Set<number>();
    set.add(line);
    drop.set(page, set);
  };
  const label = (page: PdfPage) => labels.labels[page.index] ?? `PDF page ${page.index}`;
  const bands = new Map(pages.map((p) => [p.index, bandLines(p)]));
  const seenOn = new Map<string, Set<number>>();
  for (const page of pages) {
    for (const i of bands.get(page.index)?.keys() ?? []) {
      const key = shape((page.lines[i] as PdfLine).text);
      const set = seenOn.get(key) ?? new Set<number>();
      set.add(page.index);
      seenOn.set(key, set);
    }
  }
  const removed = new Map<string, string[]>();
  const record = (what: string, page: PdfPage) => {
    const list = removed.get(what) ?? [];
    if (list[list.length - 1] !== label(page)) list.push(label(page));
    removed.set(what, list);
  };
  let folios = 0;
  const folioPages: string[] = [];
  for (const page of pages) {
    for (const i of labels.folioLines.get(page.index) ?? []) {
      add(page.index, i);
      folios += 1;
      folioPages.push(label(page));
    }
    for (const [i, where] of bands.get(page.index) ?? []) {
      const text = (page.lines[i] as PdfLine).text;
      if ((seenOn.get(shape(text))?.size ?? 0) >= 3 && !labels.folioLines.get(page.index)?.has(i)) {
        add(page.index, i);
        record(`the running ${where === 'top' ? 'head' : 'foot'} “${text.replace(/\d+/g, '#')}”`, page);
      }
    }
    page.lines.forEach((line, i) => {
      if (CONTENTS_LINE.test(line.text)) {
        add(page.index, i);
        record('table-of-contents lines', page);
      }
    });
  }
  const notes: ImportNote[] = [];
  if (folios) notes.push({ kind: 'removed', message: `Removed ${folios} printed page number(s) (pages ${pageList(folioPages)}).` });
  for (const [what, list] of removed) notes.push({ kind: 'removed', page: list[0] as string, message: `Removed ${what} on pages ${pageList(list)}.` });
  return { drop, notes };
}
