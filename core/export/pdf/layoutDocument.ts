import type { ExportDoc, WriterOptions } from '../exportDoc';
import { createMeasure } from './createMeasure';
import type { FlowBlock, FlowLine } from './flowModel';
import type { PdfFonts } from './fonts';
import { layoutBlocks, layoutHeaderBlock } from './layoutBlocks';
import { continuationLine, layoutNotes } from './layoutNotes';
import { layoutToc, type TocLine } from './layoutToc';
import type { Measure } from './lineModel';
import { pageGeometry, type PageGeometry } from './pageGeometry';
import { paginate, type PagePlan } from './paginate';

/**
 * One measure per set of fonts, kept while the fonts are: the host reads the fonts once per
 * session, so a DOCX export (which paginates for its contents) and a PDF export of the same
 * pack measure each word once between them.
 */
const measures = new WeakMap<PdfFonts, Measure>();

function measureFor(fonts: PdfFonts | Measure): Measure {
  if (typeof fonts === 'function') return fonts;
  let measure = measures.get(fonts);
  if (!measure) measures.set(fonts, (measure = createMeasure(fonts)));
  return measure;
}

/** The whole document measured and paginated, before anything is painted. */
export interface DocumentLayout {
  geometry: PageGeometry;
  measure: Measure;
  blocks: FlowBlock[];
  notes: Map<number, FlowLine[]>;
  plans: PagePlan[];
  toc: { title: FlowLine; pages: TocLine[][] } | undefined;
  /** Page number (from 1, the cover counted) of the first body page. */
  firstBodyPage: number;
  pageCount: number;
  /** The page each heading starts on, by heading id (`h<anchor>`). */
  pageOf: Map<string, number>;
}

/**
 * Lays the document out page by page: front matter, contents, body with its notes. The PDF
 * paints this; the DOCX takes its contents page numbers from it, so the two agree.
 */
export function layoutDocument(doc: ExportDoc, fonts: PdfFonts | Measure, options: Pick<WriterOptions, 'paper'>): DocumentLayout {
  const geometry = pageGeometry(options.paper);
  const measure = measureFor(fonts);
  const ctx = { measure, textWidth: geometry.textWidth };
  const bodyHeight = geometry.bodyBottom - geometry.bodyTop;
  const front = doc.furniture.cover ? [] : layoutHeaderBlock(doc.front, ctx);
  const blocks = [...front, ...layoutBlocks(doc.blocks, ctx)];
  const notes = layoutNotes(doc.notes, geometry.textWidth, measure);
  const plans = paginate({ blocks, notes, bodyHeight, continuation: (n) => continuationLine(n, geometry.textWidth, measure) });
  const toc = doc.contents
    ? layoutToc(doc.contents.title, doc.contents.entries.map((e) => ({ level: e.level, text: e.text, id: `h${e.anchor}` })), geometry.textWidth, bodyHeight, measure)
    : undefined;
  const firstBodyPage = 1 + (doc.furniture.cover ? 1 : 0) + (toc?.pages.length ?? 0);
  const pageCount = firstBodyPage - 1 + plans.length;
  const pageOf = new Map<string, number>();
  plans.forEach((plan, p) => {
    for (const placed of plan.body) {
      const h = blocks[placed.owner]!.heading;
      if (h && !pageOf.has(h.id)) pageOf.set(h.id, firstBodyPage + p);
    }
  });
  return { geometry, measure, blocks, notes, plans, toc, firstBodyPage, pageCount, pageOf };
}

/** The page of each contents entry, in the contents' order, as the PDF prints them. */
export function contentsPageNumbers(doc: ExportDoc, fonts: PdfFonts | Measure, options: Pick<WriterOptions, 'paper'>): number[] {
  if (!doc.contents) return [];
  const { pageOf } = layoutDocument(doc, fonts, options);
  return doc.contents.entries.map((e) => pageOf.get(`h${e.anchor}`) ?? 0);
}
