import type {} from 'pdfkit';
import { drawLine } from './drawLine';
import type { Tagger } from './createTagger';
import type { FlowLine } from './flowModel';
import { wordsWidth } from './lineModel';
import type { PageGeometry } from './pageGeometry';
import type { TocLine } from './layoutToc';
import { BODY, COLOURS } from './typeScale';

const TEXT = { lineBreak: false, baseline: 'alphabetic' } as const;

/** One contents page: entries with dot leaders, page numbers, and links to the headings. */
export function drawTocPage(doc: PDFKit.PDFDocument, title: FlowLine | undefined, lines: readonly TocLine[], pageOf: ReadonlyMap<string, number>, g: PageGeometry, tagger: Tagger): void {
  const top0 = g.bodyTop;
  if (title) tagger.content('toc-title', 'H1', true, () => drawLine(doc, title, g.left, top0, g.textWidth));
  const right = g.left + g.textWidth;
  lines.forEach((t) => {
    const page = String(pageOf.get(t.entry.id) ?? '');
    const isLast = t.last;
    tagger.content(`toc-${t.entry.id}`, 'P', isLast, () => {
      drawLine(doc, t.line, g.left, top0 + t.top, g.textWidth);
      if (!isLast) return;
      const baseline = top0 + t.top + t.line.ascent;
      doc.font('serif').fontSize(BODY.size);
      const numW = doc.widthOfString(page);
      doc.text(page, right - numW, baseline, TEXT);
      // Dot leaders on a fixed grid, up to a fixed column, so they line up from entry to entry.
      const pitch = 5;
      const dotW = doc.widthOfString('.');
      const first = Math.ceil((g.left + t.line.line.x + wordsWidth(t.line.line.words) + 6) / pitch) * pitch;
      const count = Math.floor((right - doc.widthOfString('000') - 6 - first) / pitch);
      if (count > 0) {
        doc.fillColor(COLOURS.muted).text('.'.repeat(count), first, baseline, { ...TEXT, characterSpacing: pitch - dotW });
        doc.fillColor(COLOURS.text);
      }
    });
    const opening = lines.findIndex((l) => l.entry === t.entry);
    if (isLast && opening >= 0) {
      const top = top0 + lines[opening]!.top;
      doc.goTo(g.left, top, g.textWidth, top0 + t.top + t.line.height - top, t.entry.id);
    }
  });
}
