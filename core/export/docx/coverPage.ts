import { PageBreak, Paragraph, TextRun } from 'docx';
import type { FrontMatter } from '../exportDoc';
import { COVER } from '../pdf/typeScale';
import { tw } from './docxStyles';

/**
 * The cover, placed as the PDF places it: title in the upper third, the details (each label
 * over its value) lower down, then a page break. `pageHeight` and `top` are in points.
 */
export function coverPage(front: FrontMatter, pageHeight: number, top: number): Paragraph[] {
  const paragraphs = [new Paragraph({ style: 'Title', spacing: { before: tw(pageHeight * 0.28 - top) }, children: [new TextRun(front.title)] })];
  let used = COVER.title.leading;
  if (front.subtitle) {
    paragraphs.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(front.subtitle)] }));
    used += 8 + COVER.subtitle.leading;
  }
  front.details.forEach(({ label, value }, i) => {
    const before = i === 0 ? tw(pageHeight * 0.34 - used) : 0;
    paragraphs.push(new Paragraph({ style: 'CoverLabel', spacing: { before }, children: [new TextRun(label)] }));
    paragraphs.push(new Paragraph({ style: 'CoverDetail', children: [new TextRun(value)] }));
  });
  paragraphs.push(new Paragraph({ children: [new PageBreak()] }));
  return paragraphs;
}

/** The header block that opens page one when the template has no cover. */
export function headerBlock(front: FrontMatter): Paragraph[] {
  const paragraphs = [new Paragraph({ style: 'HeaderTitle', children: [new TextRun(front.title)] })];
  if (front.subtitle) paragraphs.push(new Paragraph({ style: 'HeaderSubtitle', children: [new TextRun(front.subtitle)] }));
  front.details.forEach(({ label, value }, i) => {
    const last = i === front.details.length - 1;
    paragraphs.push(
      new Paragraph({
        style: 'HeaderDetail',
        spacing: { before: i === 0 ? tw(8) : 0, after: last ? tw(14) : 0 },
        children: [new TextRun({ text: label, bold: true }), new TextRun(` ${value}`)],
      }),
    );
  });
  return paragraphs;
}
