import type {} from 'pdfkit';
import type { Cover } from '../../pack/schema';
import { breakLines } from './breakLines';
import type { Tagger } from './createTagger';
import { drawLine } from './drawLine';
import type { FontKey } from './fonts';
import type { FlowLine } from './flowModel';
import { ascentOf } from './layoutBlocks';
import type { Measure } from './lineModel';
import type { PageGeometry } from './pageGeometry';
import { tokenizeInlines } from './tokenizeInlines';
import { COLOURS } from './typeScale';

/** Title and subtitle in the upper third, who it is from and for lower down. */
export function drawCover(doc: PDFKit.PDFDocument, cover: Cover, g: PageGeometry, measure: Measure, tagger: Tagger): void {
  const block = (text: string, font: FontKey, size: number, leading: number, colour?: string): FlowLine[] =>
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
  put('cover-title', 'H1', block(cover.title, 'sansBold', 26, 32));
  if (cover.subtitle) {
    y += 8;
    put('cover-subtitle', 'P', block(cover.subtitle, 'sans', 15, 20, COLOURS.muted));
  }
  y += 14;
  tagger.artifact(() => {
    doc.rect(g.left, y, 60, 3).fill(COLOURS.recommendationRule);
    doc.fillColor(COLOURS.text);
  });
  y = g.height * 0.62;
  const rows: Array<[string, string]> = [
    ['From', cover.author],
    ['For', cover.recipient],
    ['Date', cover.date],
  ];
  for (const [label, value] of rows) {
    if (!value) continue;
    put(`cover-${label}`, 'P', [...block(label.toUpperCase(), 'sansBold', 8, 12, COLOURS.muted), ...block(value, 'serif', 12.5, 17)]);
    y += 10;
  }
}
