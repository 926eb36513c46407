import type {} from 'pdfkit';
import type { FrontMatter } from '../exportDoc';
import { breakLines } from './breakLines';
import type { Tagger } from './createTagger';
import { drawLine } from './drawLine';
import type { FlowLine } from './flowModel';
import { ascentOf } from './layoutBlocks';
import type { Measure } from './lineModel';
import type { PageGeometry } from './pageGeometry';
import { tokenizeInlines } from './tokenizeInlines';
import { COLOURS, COVER, type TextStyle } from './typeScale';

/** Title and subtitle in the upper third, who it is from and for lower down. */
export function drawCover(doc: PDFKit.PDFDocument, front: FrontMatter, g: PageGeometry, measure: Measure, tagger: Tagger): void {
  const block = (text: string, { font, size, leading }: TextStyle, colour?: string): FlowLine[] =>
    breakLines(tokenizeInlines([{ kind: 'text', text }], { size, fontFor: () => font }, measure), { justify: false, hyphenate: false, lineBox: () => ({ x: 0, width: g.textWidth }) }, measure).map((line) => ({
      line,
      height: leading,
      ascent: ascentOf({ size, leading }),
      spaceBefore: 0,
      padBefore: 0,
      noteRefs: [],
      ...(colour ? { colour } : {}),
    }));
  let y = g.height * 0.28;
  const put = (key: string, tag: string, lines: FlowLine[]) => {
    tagger.content(key, tag, true, () => {
      for (const l of lines) {
        drawLine(doc, l, g.left, y, g.textWidth);
        y += l.height;
      }
    });
  };
  put('cover-title', 'H1', block(front.title, COVER.title));
  if (front.subtitle) {
    y += 8;
    put('cover-subtitle', 'P', block(front.subtitle, COVER.subtitle, COLOURS.muted));
  }
  y += 14;
  tagger.artifact(() => {
    doc.rect(g.left, y, 60, 3).fill(COLOURS.recommendationRule);
    doc.fillColor(COLOURS.text);
  });
  y = g.height * 0.62;
  front.details.forEach(({ label, value }, i) => {
    put(`cover-detail-${i}`, 'P', [...block(label, COVER.label, COLOURS.muted), ...block(value, COVER.value)]);
    y += 10;
  });
}
