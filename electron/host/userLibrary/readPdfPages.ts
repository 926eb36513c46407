import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { BriefpackError } from '../../../core/api/contract';
import type { PdfLine, PdfPage } from '../../../core/userLibrary/importTypes';
import type { FileHints } from '../../../core/userLibrary/sourceMetadata';

/**
 * The text layer of a PDF, page by page, as lines with position and size, read with pdf.js
 * (legacy build: the modern one needs browser APIs Node lacks). Pages are read one at a time and
 * released, so a 300-page manual does not hold every page's operator list at once.
 */
export interface PdfText {
  pages: PdfPage[];
  /** What the PDF's document information says, for metadata the user then confirms. */
  hints: FileHints;
}

export async function readPdfPages(bytes: Uint8Array, fileName: string, onPage?: (done: number, total: number) => void): Promise<PdfText> {
  // Loaded on first use: pdf.js is large, and every other command (and app start) would pay for it.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    throw refusal(e, fileName);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const [, y0, , y1] = page.view as [number, number, number, number];
      pages.push({ index: n, height: y1 - y0, lines: toLines(content.items.filter((i): i is TextItem => 'str' in i)) });
      page.cleanup();
      onPage?.(n, doc.numPages);
    }
    return { pages, hints: await documentHints(doc) };
  } catch (e) {
    throw refusal(e, fileName);
  } finally {
    await doc.destroy();
  }
}

async function documentHints(doc: { getMetadata(): Promise<{ info: object }> }): Promise<FileHints> {
  const info = (await doc.getMetadata().catch(() => ({ info: {} }))).info as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const title = text(info.Title);
  const author = text(info.Author);
  // PDF dates read "D:20190713..."; only the year is worth suggesting.
  const year = /^D:(\d{4})/.exec(text(info.CreationDate) ?? '')?.[1];
  return { ...(title ? { title } : {}), ...(author ? { author } : {}), ...(year ? { year: Number(year) } : {}) };
}

/** Groups text items into lines: a new line where the baseline moves by more than half a glyph. */
function toLines(items: TextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: (PdfLine & { right: number }) | undefined;
  for (const item of items) {
    const x = item.transform[4] as number;
    const y = item.transform[5] as number;
    const size = Math.abs((item.transform[3] as number) || item.height);
    if (item.str === '' && !item.hasEOL) continue;
    const sameLine = current && Math.abs(current.y - y) <= Math.max(2, Math.min(current.size, size || current.size) * 0.5) && x >= current.right - 1;
    if (!current || !sameLine) {
      if (current) lines.push(finish(current));
      current = { text: '', x, y, size: 0, right: x };
    }
    if (item.str !== '') {
      // Items of one line with a visible gap and no space between them are separate words.
      const gap = x - current.right;
      if (current.text && gap > (size || current.size) * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(item.str)) current.text += ' ';
      current.text += item.str;
      if (item.str.trim()) current.size = Math.max(current.size, size);
      current.right = x + item.width;
    }
    if (item.hasEOL) {
      lines.push(finish(current));
      current = undefined;
    }
  }
  if (current) lines.push(finish(current));
  return lines.filter((l) => l.text.trim() !== '');
}

function finish(l: PdfLine & { right: number }): PdfLine {
  return { text: l.text.replace(/\s+/g, ' ').trim(), x: Math.round(l.x * 10) / 10, y: Math.round(l.y * 10) / 10, size: Math.round(l.size * 10) / 10 };
}

function refusal(e: unknown, fileName: string): BriefpackError {
  const name = e instanceof Error ? e.name : '';
  if (name === 'PasswordException') {
    return new BriefpackError('refused', `${fileName} is protected by a password. Open it in a PDF reader, save an unprotected copy, and import that copy.`);
  }
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') {
    return new BriefpackError('invalid', `${fileName} is damaged or is not a PDF, so no text could be read from it. Download or export it again and import the new copy.`);
  }
  return new BriefpackError('invalid', `${fileName} could not be read as a PDF (${e instanceof Error ? e.message : String(e)}). Download or export it again and import the new copy.`);
}
