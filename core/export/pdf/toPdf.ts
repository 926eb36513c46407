import PDFDocument from 'pdfkit';
import type { ExportDoc, WriterOptions } from '../exportDoc';
import { textShaper } from './createMeasure';
import { createOutline } from './createOutline';
import { createTagger } from './createTagger';
import { drawBodyPage } from './drawBodyPage';
import { drawCover } from './drawCover';
import { drawFurniture, drawWatermark } from './drawFurniture';
import { drawTocPage } from './drawToc';
import type { PdfFonts } from './fonts';
import { layoutDocument } from './layoutDocument';
import { attachTextPainter } from './paintText';

/** Called as the export moves on, so a long one can show where it is (pages drawn of all). */
export type PdfProgress = (stage: 'laying out' | 'drawing', done: number, total: number) => void;

export type PdfOptions = WriterOptions & { onProgress?: PdfProgress };

/**
 * The print-ready PDF: cover (or a header block on page one), contents where the template has
 * them, body with notes at the foot of their markers' pages, bibliography. Everything is
 * measured and paginated first (so the contents and "Page X of Y" know the real numbers), then
 * painted page by page and flushed, so memory stays bounded by the laid-out lines rather than
 * by pdfkit's page buffers.
 *
 * Deterministic: dates come from `options.createdAt` (pdfkit would stamp the clock and derive
 * the file ID from it), so the same document gives the same bytes.
 */
export async function toPdf(doc: ExportDoc, fonts: PdfFonts, options: PdfOptions): Promise<Uint8Array> {
  const onProgress = options.onProgress ?? (() => undefined);
  onProgress('laying out', 0, doc.blocks.length);
  const layout = layoutDocument(doc, textShaper(fonts).measure, options);
  const { geometry: g, measure, blocks, notes, plans, toc, pageCount, pageOf } = layout;
  const pdf = new PDFDocument({
    size: [g.width, g.height],
    margin: 0,
    autoFirstPage: false,
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: 'en-GB',
    info: {
      Title: doc.meta.title,
      Author: doc.meta.author,
      Subject: doc.meta.subject,
      Creator: 'Briefpack',
      Producer: 'Briefpack (PDFKit)',
      CreationDate: options.createdAt,
      ModDate: options.createdAt,
    },
  });
  const chunks: Uint8Array[] = [];
  pdf.on('data', (c: Uint8Array) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });

  // The fonts as the measure parsed them, and a painter drawing with the runs it shaped.
  const shaper = textShaper(fonts);
  shaper.registerFonts(pdf);
  attachTextPainter(pdf, shaper);

  const tagger = createTagger(pdf);
  const outline = createOutline(pdf, g.width);
  let pageNumber = 0;
  const newPage = (isCover: boolean) => {
    pdf.addPage({ size: [g.width, g.height], margin: 0 });
    pageNumber += 1;
    const input = { furniture: doc.furniture, geometry: g, measure, pageNumber, pageCount, isCover };
    tagger.artifact(() => {
      drawWatermark(pdf, input);
      drawFurniture(pdf, input);
    });
  };

  if (doc.furniture.cover) {
    newPage(true);
    drawCover(pdf, doc.front, g, measure, tagger);
  }
  toc?.pages.forEach((lines, i) => {
    newPage(false);
    if (i === 0) outline.add(1, doc.contents!.title, g.bodyTop - 6);
    drawTocPage(pdf, i === 0 ? toc.title : undefined, lines, pageOf, g, tagger);
  });
  plans.forEach((plan, p) => {
    if (p % 10 === 0) onProgress('drawing', p, plans.length);
    newPage(false);
    drawBodyPage(pdf, plan, { geometry: g, blocks, notes, tagger, outline });
  });
  tagger.end();
  pdf.end();
  await done;
  return concat(chunks);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
