import { buildLexicon } from '../library-build/lexicon';
import type { SourceNote } from '../library/types';
import { assembleSource } from './assembleSource';
import type { ImportBlock } from './blocks';
import { ImportRefused } from './importRefused';
import type { ImportInput, PdfLine, PdfPage } from './importTypes';
import { isDoubtfulHyphen, joinLines } from './joinLines';
import { findFurniture } from './pdfFurniture';
import { pageLabels } from './pdfFolios';
import type { ImportNote, UserSourceFile } from '../library/userSourceFile';
import type { FileHints } from './sourceMetadata';

/** A body line with the page it is on, after furniture is gone. */
interface Placed extends PdfLine {
  page: number;
}

const NOTE_START = /^(\d{1,3}|[*†‡§])\s*(?=\S)/;
const BULLET = /^[•◦▪‣●○■–-]\s/;
const ENDS_SENTENCE = /[.!?:;”"’)]$/;
/** How far right (in lines' heights) the next column starts: more than any indent, less than a column. */
const COLUMN_STEP = 8;

/** The most common font size, weighted by text length: the body text's size. */
function bodySize(lines: readonly PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(Math.round(l.size), (weight.get(Math.round(l.size)) ?? 0) + l.text.length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/** The usual distance between two lines of one paragraph. */
function lineSpacing(lines: readonly Placed[], body: number): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as Placed;
    const b = lines[i] as Placed;
    if (a.page === b.page && Math.round(a.size) === body && Math.round(b.size) === body && a.y > b.y) gaps.push(a.y - b.y);
  }
  gaps.sort((x, y) => x - y);
  return gaps[Math.floor(gaps.length / 2)] ?? body * 1.2;
}

/**
 * A PDF's text layer (read by the host with pdf.js) to a user source: printed folios or PDF
 * pages for locators, running heads/feet, folios and contents lines removed, headings by size,
 * paragraphs by spacing and indent (joined across page breaks), line-end hyphens decided as in
 * the bundled build, small numbered lines at a page foot kept apart as notes.
 */
export function importPdf(pages: readonly PdfPage[], input: ImportInput, hints: FileHints = {}): UserSourceFile {
  const withText = pages.filter((p) => p.lines.reduce((n, l) => n + l.text.length, 0) >= 40).length;
  if (pages.length === 0 || withText < Math.max(1, pages.length * 0.1)) {
    throw new ImportRefused(
      `${input.fileName} has no text to quote: it looks like scanned images of pages. Run it through text recognition (OCR) in a PDF tool, then import the result.`,
    );
  }
  const labels = pageLabels(pages);
  const furniture = findFurniture(pages, labels);
  const notes: ImportNote[] = [...furniture.notes];
  const label = (page: number) => labels.labels[page];
  const placed: Placed[] = [];
  for (const page of pages) {
    const drop = furniture.drop.get(page.index);
    page.lines.forEach((l, i) => {
      if (!drop?.has(i)) placed.push({ ...l, page: page.index });
    });
  }
  const body = bodySize(placed);
  const spacing = lineSpacing(placed, body);
  const headingSizes = [...new Set(placed.filter((l) => isHeading(l, body)).map((l) => Math.round(l.size)))].sort((a, b) => b - a);
  const lex = buildLexicon([placed.map((l) => l.text).join('\n')]);

  const blocks: ImportBlock[] = [];
  let para: { lines: string[]; first: Placed; last: Placed; pages: Set<number>; notes: SourceNote[] } | undefined;
  let note: SourceNote | undefined;
  const pageNotes: { page: number; note: SourceNote }[] = [];
  const flush = () => {
    if (!para) return;
    const text = joinLines(para.lines, lex, (d) => {
      if (isDoubtfulHyphen(d)) notes.push({ kind: 'doubtful', ...pageOf(para!.first.page), message: `Line-end hyphen: “${d.word}” (${d.keptHyphen ? 'kept' : 'joined'}); check against the original.` });
    });
    if (!/[\p{L}\p{N}\p{P}]/u.test(text)) {
      // Arrows and rules from code listings or diagrams: nothing to quote.
      notes.push({ kind: 'removed', ...pageOf(para.first.page), message: `Removed a line of symbols only (“${text.slice(0, 20)}”).` });
      para = undefined;
      return;
    }
    const first = label(Math.min(...para.pages));
    const last = label(Math.max(...para.pages));
    const page = first && last && first !== last ? `${first}-${last}` : (first ?? last);
    blocks.push({ kind: 'paragraph', text, ...(page ? { page } : {}), notes: para.notes });
    para = undefined;
  };
  const pageOf = (page: number) => (label(page) ? { page: label(page) as string } : {});

  for (let i = 0; i < placed.length; i++) {
    const line = placed[i] as Placed;
    const prev = placed[i - 1];
    if (isHeading(line, body)) {
      flush();
      note = undefined;
      const level = headingSizes.indexOf(Math.round(line.size)) + 1;
      const last = blocks[blocks.length - 1];
      // A heading over two lines: same size, directly below the previous heading line.
      if (last?.kind === 'heading' && last.level === level && prev && prev.page === line.page && isHeading(prev, body) && prev.y - line.y < line.size * 1.6) {
        last.text = `${last.text} ${line.text}`;
      } else blocks.push({ kind: 'heading', level, text: line.text });
      continue;
    }
    const small = line.size <= body * 0.85 && line.size > 0;
    const page = pages[line.page - 1] as PdfPage;
    if (small && line.y < page.height * 0.4 && (NOTE_START.test(line.text) || (note && prev?.page === line.page))) {
      const start = NOTE_START.exec(line.text);
      if (start && (!note || prev?.page !== line.page || Math.abs(line.x - (prev?.x ?? line.x)) < 2)) {
        note = { marker: start[1] as string, text: line.text.slice(start[0].length) };
        pageNotes.push({ page: line.page, note });
        (para?.notes ?? lastParagraphNotes(blocks))?.push(note);
      } else if (note) note.text = joinLines([note.text, line.text], lex);
      continue;
    }
    note = undefined;
    if (para && !startsParagraph(line, para.last, para.lines.length, spacing)) {
      para.lines.push(line.text);
      para.last = line;
      para.pages.add(line.page);
      continue;
    }
    flush();
    para = { lines: [line.text], first: line, last: line, pages: new Set([line.page]), notes: [] };
  }
  flush();
  if (pageNotes.length) notes.push({ kind: 'info', message: `Kept ${pageNotes.length} footnote(s) apart from the text, each with the paragraph it stands under.` });
  const unlabelled = pages.filter((p) => label(p.index) === undefined).map((p) => p.index);
  if (unlabelled.length) {
    notes.push({ kind: 'info', message: `PDF page(s) ${unlabelled.join(', ')} print no page number: passages there are cited by section and paragraph only.` });
  }
  const labelled = pages.map((p) => label(p.index)).filter((l): l is string => l !== undefined && /^\d+$/.test(l));
  const result = assembleSource(input, { format: 'pdf', blocks, pageNumbers: labels.source, pages: labelled.length, notes, hints });
  return result;
}

function isHeading(line: PdfLine, body: number): boolean {
  return line.size >= body * 1.2 && line.text.length <= 160;
}

/** The notes list of the paragraph just closed, for a note that begins after its paragraph ended. */
function lastParagraphNotes(blocks: ImportBlock[]): SourceNote[] | undefined {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i] as ImportBlock;
    if (b.kind === 'paragraph') return b.notes;
  }
  return undefined;
}

/** Whether a body line starts a new paragraph rather than continuing `last`. */
function startsParagraph(line: Placed, last: Placed, linesSoFar: number, spacing: number): boolean {
  if (BULLET.test(line.text)) return true;
  if (Math.abs(Math.round(line.size) - Math.round(last.size)) >= 1) return true;
  // From the foot of one column to the head of the next: up the page and well to the right.
  const nextColumn = line.page === last.page && line.y > last.y && line.x - last.x > line.size * COLUMN_STEP;
  if (line.page !== last.page || nextColumn) {
    // Across a page or column break the paragraph goes on unless the last line closed a sentence and this one is indented or capitalised.
    return ENDS_SENTENCE.test(last.text) && /^[\p{Lu}\p{N}]/u.test(line.text);
  }
  if (last.y - line.y > spacing * 1.35 || line.y > last.y) return true;
  const dx = line.x - last.x;
  if (dx > 12) return true;
  // Back to the margin after an indented first line is the same paragraph; after more lines, a new one.
  if (dx < -12) return linesSoFar > 1;
  return false;
}
