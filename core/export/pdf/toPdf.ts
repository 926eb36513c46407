import PDFDocument from 'pdfkit';
import type { ExportDoc } from '../exportDoc';
import { createMeasure } from './createMeasure';
import { createOutline } from './createOutline';
import { createTagger } from './createTagger';
import { drawBodyPage } from './drawBodyPage';
import { drawCover } from './drawCover';
import { drawFurniture, drawWatermark } from './drawFurniture';
import { drawTocPage } from './drawToc';
import { registerPdfFonts, type PdfFonts } from './fonts';
import { layoutBlocks } from './layoutBlocks';
import { continuationLine, layoutNotes } from './layoutNotes';
import { layoutToc, type TocEntry } from './layoutToc';
import { pageGeometry } from './pageGeometry';
import { paginate } from './paginate';

/** Called as the export moves on, so a long one can show where it is (pages drawn of all). */
export type PdfProgress = (stage: 'laying out' | 'paginating' | 'drawing', done: number, total: number) => void;

/**
 * The print-ready PDF: cover, contents, body with notes at the foot of their markers' pages,
 * bibliography. Everything is measured and paginated first (so the contents and "Page X of Y"
 * know the real numbers), then painted page by page and flushed, so memory stays bounded by
 * the laid-out lines rather than by pdfkit's page buffers.
 *
 * Deterministic: dates come from `doc.meta.createdAt` (pdfkit would stamp the clock and derive
 * the file ID from it), so the same document gives the same bytes.
 */
export async function toPdf(doc: ExportDoc, fonts: PdfFonts, onProgress: PdfProgress = () => undefined): Promise<Uint8Array> {
  const g = pageGeometry(doc.settings.paper);
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
      CreationDate: doc.meta.createdAt,
      ModDate: doc.meta.createdAt,
    },
  });
  const chunks: Uint8Array[] = [];
  pdf.on('data', (c: Uint8Array) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });

  registerPdfFonts(pdf, fonts);
  const measure = createMeasure(fonts);
  const bodyHeight = g.bodyBottom - g.bodyTop;
  onProgress('laying out', 0, doc.blocks.length);

  const blocks = layoutBlocks(doc.blocks, doc.settings.bibliography ? doc.bibliography : [], { measure, textWidth: g.textWidth });
  const notes = layoutNotes(doc.notes, g.textWidth, measure);
  onProgress('paginating', doc.blocks.length, doc.blocks.length);
  const plans = paginate({ blocks, notes, bodyHeight, continuation: (n) => continuationLine(n, g.textWidth, measure) });
  const entries: TocEntry[] = blocks.flatMap((b) => (b.heading ? [b.heading] : []));
  const toc = layoutToc(entries, g.textWidth, bodyHeight, measure);
  const firstBodyPage = 2 + toc.pages.length;
  const pageCount = firstBodyPage - 1 + plans.length;
  const pageOf = new Map<string, number>();
  plans.forEach((plan, p) => {
    for (const placed of plan.body) {
      const h = blocks[placed.owner]!.heading;
      if (h && !pageOf.has(h.id)) pageOf.set(h.id, firstBodyPage + p);
    }
  });

  const tagger = createTagger(pdf);
  const outline = createOutline(pdf, g.width);
  let pageNumber = 0;
  const newPage = (isCover: boolean) => {
    pdf.addPage({ size: [g.width, g.height], margin: 0 });
    pageNumber += 1;
    const input = { cover: doc.cover, geometry: g, measure, pageNumber, pageCount, isCover };
    tagger.artifact(() => {
      drawWatermark(pdf, input);
      drawFurniture(pdf, input);
    });
  };

  newPage(true);
  drawCover(pdf, doc.cover, g, measure, tagger);
  toc.pages.forEach((lines, i) => {
    newPage(false);
    if (i === 0) outline.add(1, 'Contents', g.bodyTop - 6);
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
