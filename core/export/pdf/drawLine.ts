import type {} from 'pdfkit';
import type { FlowLine } from './flowModel';
import type { Word } from './lineModel';
import { textPainter } from './paintText';
import { COLOURS } from './typeScale';

/**
 * Paints one laid-out line whose box starts at (`left`, `top`): each segment at the position
 * the line breaker computed, the justification's extra space shared between the gaps.
 */
export function drawLine(doc: PDFKit.PDFDocument, fl: FlowLine, left: number, top: number, textWidth: number): void {
  const { line } = fl;
  const baseline = top + fl.ascent;
  const colour = fl.colour ?? COLOURS.text;
  const paint = textPainter(doc);
  doc.fillColor(colour);
  if (fl.label) {
    const { text, font, size, align } = fl.label;
    doc.font(font).fontSize(size);
    const x = left + fl.label.x - (align === 'right' ? doc.widthOfString(text) : 0);
    paint.text(font, size, `${text} `, x, baseline);
  }
  const words = line.words;
  let natural = 0;
  for (let i = 0; i < words.length; i++) natural += words[i]!.width + (i < words.length - 1 ? words[i]!.space : 0);
  const extra = line.justify && words.length > 1 ? (line.width - natural) / (words.length - 1) : 0;
  let x = left + line.x;
  // Each word carries its following space, so extracted and tagged text has real spaces
  // (pdfkit's word-spacing path drops them); positions are ours, so justification holds.
  for (let i = 0; i < words.length; ) {
    const w = words[i]!;
    // Unjustified lines (last lines, most notes) go out a run at a time: one text call per
    // face instead of per word, with pdfkit's own spacing, which is the natural spacing here.
    let j = i + 1;
    if (extra === 0 && isPlain(w)) while (j < words.length && isPlain(words[j]!) && sameFace(words[j]!, w)) j++;
    if (j - i > 1) {
      const seg = w.segs[0]!;
      const run = words.slice(i, j);
      const lineEnd = j === words.length && seg.text.endsWith('-');
      paint.text(seg.font, seg.size, run.map((r) => r.segs[0]!.text).join(' ') + (lineEnd ? '' : ' '), x, baseline);
      for (const r of run) x += r.width + r.space;
      i = j;
      continue;
    }
    const last = i === words.length - 1;
    w.segs.forEach((seg, k) => {
      // Line ends get a space too (text reflows across lines), except after a hyphen.
      const trailing = k === w.segs.length - 1 && !(last && seg.text.endsWith('-')) ? ' ' : '';
      paint.text(seg.font, seg.size, seg.text + trailing, x, baseline - seg.rise);
      x += seg.width;
    });
    x += w.space + extra;
    i += 1;
  }
  paint.flush();
  if (fl.aside) {
    const { text, font, size } = fl.aside;
    doc.font(font).fontSize(size).fillColor(COLOURS.muted);
    paint.text(font, size, ` ${text} `, left + textWidth - line.x - doc.widthOfString(` ${text}`), baseline);
    paint.flush();
  }
  if (colour !== COLOURS.text || fl.aside) doc.fillColor(COLOURS.text);
}

function isPlain(w: Word): boolean {
  return w.segs.length === 1 && w.segs[0]!.rise === 0;
}

function sameFace(a: Word, b: Word): boolean {
  return a.segs[0]!.font === b.segs[0]!.font && a.segs[0]!.size === b.segs[0]!.size;
}
