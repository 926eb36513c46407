import { PageBreak, Paragraph, TextRun } from 'docx';
import type { Cover } from '../../pack/schema';

/** The cover: title block, who it is from and for, the date and the marking, then a page break. */
export function coverPage(cover: Cover): Paragraph[] {
  const details: [string, string][] = [
    ['From', cover.author],
    ['To', cover.recipient],
    ['Date', cover.date],
  ];
  const paragraphs = [new Paragraph({ style: 'Title', children: [new TextRun(cover.title)] })];
  if (cover.subtitle) paragraphs.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(cover.subtitle)] }));
  for (const [label, value] of details) {
    if (value) paragraphs.push(new Paragraph({ style: 'CoverDetail', children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }));
  }
  if (cover.marking !== 'NONE') paragraphs.push(new Paragraph({ style: 'CoverMarking', children: [new TextRun(cover.marking)] }));
  paragraphs.push(new Paragraph({ children: [new PageBreak()] }));
  return paragraphs;
}
